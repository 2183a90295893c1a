"""The computation-graph engine against the course's numbers and against finite differences."""

import math

import pytest

from core.compgraph import backward, forward
from core.compgraph_graphs import COURSE, COURSE_VALUES, LOGREG, LOGREG_VALUES
from core.compgraph_nudge import estimates, nudge
from core.compgraph_ops import MESSAGES, OPS, GraphError
from core.compgraph_stages import compute_pass
from core.compgraph_walk import CompGraphEngine


def test_the_course_graph_gives_the_courses_numbers():
    values = forward(COURSE, COURSE_VALUES)
    assert (values["u"], values["v"], values["J"]) == (6.0, 11.0, 33.0)
    derivs, terms = backward(COURSE, values)
    assert derivs == {"v": 3.0, "a": 3.0, "u": 3.0, "b": 6.0, "c": 9.0}
    assert COURSE.backward_order() == ("v", "a", "u", "b", "c")  # the course's order (001 §2.6)
    assert [(t.user, t.upstream, t.local) for t in terms["b"]] == [("u", 3.0, 2.0)]


def test_the_courses_nudge_a_to_5_001():
    values = forward(COURSE, COURSE_VALUES)
    n = nudge(COURSE, values, 3.0, "a", 0.001)
    assert n.after["v"] == pytest.approx(11.001, abs=1e-12)
    assert n.J_after == pytest.approx(33.003, abs=1e-12)
    assert n.ratio == pytest.approx(3.0, abs=1e-9)
    nv = nudge(COURSE, values, 3.0, "v", 0.001)  # an intermediate: u stays 6
    assert nv.after["u"] == 6.0 and nv.J_after == pytest.approx(33.003)


def test_logistic_regression_for_one_example_follows_the_course():
    v = forward(LOGREG, LOGREG_VALUES)
    x1, x2, y, w1, w2, b = (LOGREG_VALUES[k] for k in ("x1", "x2", "y", "w1", "w2", "b"))
    z = w1 * x1 + w2 * x2 + b
    a = 1 / (1 + math.exp(-z))
    assert v["z"] == pytest.approx(z) and v["a"] == pytest.approx(a)
    assert v["L"] == pytest.approx(-(y * math.log(a) + (1 - y) * math.log(1 - a)))
    d, _ = backward(LOGREG, v)
    assert d["a"] == pytest.approx(-y / a + (1 - y) / (1 - a))
    dz = a - y
    assert d["z"] == pytest.approx(dz, abs=1e-15)
    assert (d["w1"], d["w2"], d["b"]) == pytest.approx((x1 * dz, x2 * dz, dz))
    assert set(d) == {"a", "z", "w1", "w2", "b"}  # no derivative for the data x1, x2, y
    p = compute_pass(LOGREG, LOGREG_VALUES, 0.5, update=True)
    assert p.updated["w1"] == pytest.approx(w1 - 0.5 * x1 * dz)
    assert p.new_values["L"] < p.values["L"]  # one step downhill
    assert p.stages[-1].kind == "new_loss"


@pytest.mark.parametrize("graph, values", [(COURSE, COURSE_VALUES), (LOGREG, LOGREG_VALUES)])
def test_every_derivative_matches_a_two_sided_difference(graph, values):
    v = forward(graph, values)
    derivs, _ = backward(graph, v)
    for name, d in derivs.items():
        _, two = estimates(graph, v, name, 1e-5)
        assert two == pytest.approx(d, rel=1e-7, abs=1e-9), name


def test_every_op_local_derivative_matches_finite_differences():
    points = {"add": (1.3, -0.7), "sub": (1.3, -0.7), "mul": (1.3, -0.7), "div": (1.3, -0.7), "id": (0.4,),
              "neg": (0.4,), "pow": (1.7, 3.0), "exp": (0.4,), "log": (1.7,), "sigmoid": (0.4,),
              "tanh": (0.4,), "linear": (0.2, 1.5, -0.4, 0.5, 0.1), "bce": (0.3, 1.0)}  # fmt: skip
    assert set(points) == set(OPS)
    h = 1e-6
    for name, xs in points.items():
        op = OPS[name]
        local = op.local(*xs, op.forward(*xs))
        differentiable = len(xs) if name not in ("pow", "bce") else 1  # k and y are constants / labels
        for i in range(differentiable):
            up = list(xs)
            down = list(xs)
            up[i] += h
            down[i] -= h
            numeric = (op.forward(*up) - op.forward(*down)) / (2 * h)
            assert local[i] == pytest.approx(numeric, rel=1e-6, abs=1e-8), (name, i)


def test_two_sided_error_falls_like_eps_squared_until_round_off():
    n = CompGraphEngine()
    n.set_kind("logreg")
    table = n.snapshot().nudge.table
    by_eps = {row.epsilon: row for row in table}
    # one-sided: error ~ eps; two-sided: ~ eps^2 (ratio 100 per decade) at large eps
    assert by_eps[1e-1].one_sided_error / by_eps[1e-2].one_sided_error == pytest.approx(10, rel=0.2)
    assert by_eps[1e-1].two_sided_error / by_eps[1e-2].two_sided_error == pytest.approx(100, rel=0.2)
    assert by_eps[1e-2].two_sided_error < by_eps[1e-2].one_sided_error / 100
    assert by_eps[1e-7].two_sided_error > by_eps[1e-4].two_sided_error  # round-off takes over


def test_the_engine_walks_forward_then_backward_and_stops_at_the_end():
    e = CompGraphEngine()
    phases = [e.snapshot().stage.phase]
    while e.step(1):
        phases.append(e.snapshot().stage.phase)
    assert phases == ["input"] + ["forward"] * 3 + ["backward"] * 5
    s = e.snapshot()
    assert s.at_end and s.stage.numbers == "dJ/dc = 3 × 3 = 9"
    assert e.back(2) == 2 and e.snapshot().stage.name == "u"
    e.reset()
    assert e.snapshot().step == 0


def test_the_chain_rule_is_written_with_its_numbers():
    e = CompGraphEngine()
    e.step(5)
    stage = e.snapshot().stage
    assert (stage.name, stage.equation) == ("a", "dJ/da = dJ/dv · dv/da")
    assert stage.locals == ("dv/da = 1",) and stage.numbers == "dJ/da = 3 × 1 = 3"
    assert stage.lit_edges == {("a", "v")}


def test_logistic_regression_goes_on_to_the_next_iteration():
    e = CompGraphEngine()
    e.set_kind("logreg")
    per = e.snapshot().stage_count
    assert e.step(per) == per
    s = e.snapshot()
    assert s.iteration == 2 and s.stage.phase == "input"
    first = compute_pass(LOGREG, LOGREG_VALUES, 0.5, update=True)
    assert s.current.start == first.updated


def test_bad_values_are_refused_and_change_nothing():
    e = CompGraphEngine()
    e.step(3)
    before = e.snapshot()
    for name, value, code in (("a", math.inf, "value_range"), ("a", 1e9, "value_range"),
                              ("zz", 1.0, "unknown_variable")):  # fmt: skip
        with pytest.raises(GraphError) as err:
            e.set_value(name, value)
        assert err.value.code == code
    with pytest.raises(GraphError):
        e.set_epsilon(0.0)
    with pytest.raises(GraphError):
        e.set_learning_rate(-1)
    after = e.snapshot()
    assert after.step == before.step and after.current.start == before.current.start
    e.set_kind("logreg")
    with pytest.raises(GraphError) as err:
        e.set_value("y", 0.5)
    assert err.value.code == "label"
    e.set_kind("expression")
    with pytest.raises(GraphError) as err:
        e.set_expression("log(a - b)")  # a = 1, b = 2: the log of a negative number
    assert err.value.code == "not_finite" and e.expression != "log(a - b)"
    e.set_expression("log(b - a)")
    with pytest.raises(GraphError) as err:
        e.set_value("a", 5.0)
    assert err.value.code == "not_finite" and e.values["a"] == 1.0


def test_an_edit_keeps_the_stage_and_changes_the_numbers():
    e = CompGraphEngine()
    e.step(7)  # dJ/db
    e.set_value("c", 4.0)
    s = e.snapshot()
    assert s.step == 7 and s.stage.numbers == "dJ/db = 3 × 4 = 12"
    assert s.current.values["J"] == 3 * (5 + 3 * 4)


def test_every_message_formats():
    for code, template in MESSAGES.items():
        names = [part.split("}")[0] for part in template.split("{")[1:]]
        assert str(GraphError(code, **{n: "x" for n in names}))
