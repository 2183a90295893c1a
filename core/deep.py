"""The L-layer engine in the course's names, in one import: `from core.deep import L_model_forward`.

The functions live by idea in core.deep_layers (one layer: linear_forward,
linear_activation_forward and their backward twins), core.deep_model (the whole model)
and core.deep_check (gradient_check_n, per-layer diagnostics); core/README_deep.md
describes the API. The shallow network (core.network) is the L = 2 case.
"""

from core.deep_check import (  # noqa: F401
    HISTOGRAM_BINS,
    LayerDiagnostics,
    activation_histogram,
    deep_gradient_check,
    dictionary_to_vector,
    gradient_check_n,
    gradients_to_vector,
    histogram_edges,
    layer_diagnostics,
    parameter_keys,
    vector_to_dictionary,
)
from core.deep_layers import (  # noqa: F401
    INIT_SCHEMES,
    LayerCache,
    activation_backward,
    activation_forward,
    initialize_parameters_deep,
    layer_count,
    linear_activation_backward,
    linear_activation_forward,
    linear_backward,
    linear_forward,
    per_layer,
)
from core.deep_model import (  # noqa: F401
    L_model_backward,
    L_model_forward,
    compute_cost,
    compute_cost_with_regularization,
    dropout_mask,
    l2_penalty,
    predict,
    predict_proba,
    update_parameters,
)
