"""A formula the user types in a, b, c, made into a computation graph without ever running it.

Python's `ast` parses the text; only these node types are accepted, everything else is refused
with a message: numbers, the names a, b, c, the operators + − * / ** (unary − and +), and the
calls exp(x), log(x), sigmoid(x), tanh(x) with one argument. An exponent must be a number of
size at most POWER_LIMIT; the text, its nesting and its number of operations are bounded.
Nothing is evaluated but arithmetic on floats through core.compgraph_ops.
"""

from __future__ import annotations

import ast
import math

from core.compgraph import Graph, Node
from core.compgraph_ops import OPS, GraphError

VARIABLES: tuple[str, ...] = ("a", "b", "c")
FUNCTIONS: tuple[str, ...] = ("exp", "log", "sigmoid", "tanh")
LENGTH_LIMIT = 120
DEPTH_LIMIT = 12
NODE_LIMIT = 12
POWER_LIMIT = 10.0
CONSTANT_LIMIT = 1e6
# Intermediate names in computing order (the course's u, v first); the last node is J.
NAMES: tuple[str, ...] = ("u", "v", "w", "p", "q", "r", "s", "t", "f", "g", "h", "k", "m")
BINARY = {ast.Add: "add", ast.Sub: "sub", ast.Mult: "mul", ast.Div: "div", ast.Pow: "pow"}
REFUSED_OPERATORS = {ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@", ast.LShift: "<<",
                     ast.RShift: ">>", ast.BitOr: "|", ast.BitAnd: "&"}  # fmt: skip
READABLE = {"Compare": "comparison", "BoolOp": "and / or", "IfExp": "if … else", "Lambda": "lambda",
            "Subscript": "[ ]", "Tuple": "tuple", "List": "list", "Dict": "dict", "Set": "set",
            "JoinedStr": "f-string", "NamedExpr": ":=", "Starred": "*", "ListComp": "comprehension",
            "GeneratorExp": "comprehension", "Await": "await", "Yield": "yield"}  # fmt: skip


def parse_expression(text: str) -> Graph:
    """The graph of `text` (e.g. "3*(a + b*c)": u = b·c, v = a + u, J = 3·v).

    Raises GraphError with a message for anything outside the small language above.
    """
    text = text.strip()
    if not text:
        raise GraphError("empty")
    if len(text) > LENGTH_LIMIT:
        raise GraphError("too_long", length=len(text), limit=LENGTH_LIMIT)
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as err:
        raise GraphError("syntax", detail=err.msg) from None
    except (ValueError, RecursionError, MemoryError):
        raise GraphError("too_deep", limit=DEPTH_LIMIT) from None
    builder = _Builder()
    result = builder.build(tree.body, 1)
    if not builder.nodes:
        if isinstance(result, float):
            raise GraphError("no_variable")
        builder.add("id", (result,))  # "a" alone: J = a
    nodes = builder.nodes[:-1] + [Node("J", builder.nodes[-1].op, builder.nodes[-1].args)]
    used = {v for n in nodes for v in n.variables()}
    return Graph(tuple(v for v in VARIABLES if v in used), (), tuple(nodes))


class _Builder:
    """Walks the tree bottom-up: constants fold, everything else becomes a Node."""

    def __init__(self) -> None:
        self.nodes: list[Node] = []

    def add(self, op: str, args: tuple) -> str:
        if len(self.nodes) >= NODE_LIMIT:
            raise GraphError("too_many", count=f"{NODE_LIMIT}+", limit=NODE_LIMIT)
        name = NAMES[len(self.nodes)]
        self.nodes.append(Node(name, op, args))
        return name

    def build(self, node: ast.AST, depth: int) -> str | float:
        if depth > DEPTH_LIMIT:
            raise GraphError("too_deep", limit=DEPTH_LIMIT)
        if isinstance(node, ast.Constant):
            return _constant(node.value)
        if isinstance(node, ast.Name):
            if node.id in VARIABLES:
                return node.id
            if node.id in FUNCTIONS:
                raise GraphError("call_form", name=node.id)
            raise GraphError("name", name=node.id)
        if isinstance(node, ast.Attribute):
            raise GraphError("attribute", text=_short(node))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.UAdd | ast.USub):
            arg = self.build(node.operand, depth + 1)
            return arg if isinstance(node.op, ast.UAdd) else self.apply("neg", (arg,))
        if isinstance(node, ast.BinOp):
            return self.binary(node, depth)
        if isinstance(node, ast.Call):
            return self.call(node, depth)
        raise GraphError("node", what=READABLE.get(type(node).__name__, type(node).__name__))

    def binary(self, node: ast.BinOp, depth: int) -> str | float:
        kind = type(node.op)
        if kind is ast.BitXor:
            raise GraphError("xor")
        if kind not in BINARY:
            raise GraphError("node", what=REFUSED_OPERATORS.get(kind, kind.__name__))
        left = self.build(node.left, depth + 1)
        right = self.build(node.right, depth + 1)
        if kind is ast.Pow:
            if not isinstance(right, float):
                raise GraphError("power_exponent")
            if abs(right) > POWER_LIMIT:
                raise GraphError("power_range", value=f"{right:g}", limit=f"{POWER_LIMIT:g}")
        return self.apply(BINARY[kind], (left, right))

    def call(self, node: ast.Call, depth: int) -> str | float:
        func = node.func
        if isinstance(func, ast.Attribute):
            raise GraphError("attribute", text=_short(func))
        if not isinstance(func, ast.Name):
            raise GraphError("node", what=_short(func))
        if func.id not in FUNCTIONS:
            raise GraphError("call", name=func.id)
        if len(node.args) != 1 or node.keywords or isinstance(node.args[0], ast.Starred):
            raise GraphError("call_form", name=func.id)
        return self.apply(func.id, (self.build(node.args[0], depth + 1),))

    def apply(self, op: str, args: tuple) -> str | float:
        """A new node, or the folded number when every argument is a number (2**3 -> 8)."""
        if all(isinstance(a, float) for a in args):
            try:
                value = float(OPS[op].forward(*args))
            except (ValueError, ZeroDivisionError, OverflowError):
                value = math.nan
            if not math.isfinite(value):
                raise GraphError("not_finite", formula=OPS[op].text(args))
            return _constant(value)
        return self.add(op, args)


def _constant(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise GraphError("node", what=_short_value(value))
    if isinstance(value, int) and abs(value) > CONSTANT_LIMIT:
        raise GraphError("constant_range", value=_short_value(value), limit=f"{CONSTANT_LIMIT:g}")
    value = float(value)
    if not math.isfinite(value) or abs(value) > CONSTANT_LIMIT:
        raise GraphError("constant_range", value=f"{value:g}", limit=f"{CONSTANT_LIMIT:g}")
    return value


def _short(node: ast.AST) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 30 else text[:29] + "…"


def _short_value(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 30 else text[:29] + "…"
