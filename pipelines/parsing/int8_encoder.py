"""LAC's encoder rebuilt with 8-bit integer products, from the weights the package ships.

The shipped encoder is an embedding, two bidirectional GRUs of 128 units and a projection to the 59 tags;
its GRUs are 94% of its time and already run near the core's float arithmetic limit. onnxruntime quantises
MatMul and Gather but no GRU (microsoft/onnxruntime#9796), so each GRU is written out here as
ONNX's own operators: one product of the input with the input weights over all steps, then a ``Scan``
over the steps holding the recurrent products and the gates (``linear_before_reset``, as LAC's GRUs run).
The products are 8-bit integers with float scales: the embedding row by row, the weights column by column,
the states and layer outputs at the fixed scale 1/127 they need in (-1, 1). The states themselves stay float
from step to step; only what goes into a product is held as bytes. Fixed scales keep each text's emissions
independent of the batch it is tagged in; a scale measured per batch would not. The projection
to the tags stays float: it is 2% of the time. The encoder then takes about half the time, and its tags
differ from the float encoder's on a few characters in a thousand (measured in ``benchmarks/RESULTS.md``).

The backward direction reads each sequence reversed within its own length (``ReverseSequence``), so the
padding of a batch never reaches a sentence's states, as ``sequence_lens`` ensures in the shipped GRU.

Integer products are exact where the processor sums them in 32 bits. Processors with VNNI do so for
unsigned-by-signed bytes; without it, x86 sums pairs of those products in 16 bits first, which can
saturate, and onnxruntime's unsigned-by-unsigned kernel is the exact one there. :func:`int8_encoder` takes
the weights signed or unsigned accordingly: the same integer sums either way. What is float (the gates'
sigmoid and tanh, the scales, the projection) may differ in its last bits between processors, as the
shipped float encoder's arithmetic does.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HIDDEN = 128
"""Units of each direction of LAC's GRUs."""
STATE_SCALE = np.float32(1 / 127)
STATE_ZERO = np.uint8(128)
"""How a GRU's state or output, in (-1, 1), is held as an unsigned byte."""
_MICROSOFT = "com.microsoft"
"""onnxruntime's own operators: MatMulIntegerToFloat multiplies bytes and scales the 32-bit sums to float."""


class _Graph:
    """The nodes and constants of a graph under construction, with the scale and zero point every state held as
    bytes shares (``prefix`` keeps a step graph's names apart from the graph around it)."""

    def __init__(self, prefix: str = "") -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.constants: list[onnx.TensorProto] = []
        self.state_scale = self.constant(f"{prefix}state_scale", STATE_SCALE)
        self.state_zero = self.constant(f"{prefix}state_zero", STATE_ZERO)

    def constant(self, name: str, value: np.ndarray | np.generic) -> str:
        self.constants.append(numpy_helper.from_array(np.asarray(value), name))
        return name

    def node(self, op: str, inputs: list[str], outputs: list[str], **attributes) -> None:
        self.nodes.append(helper.make_node(op, inputs, outputs, name=outputs[0], **attributes))

    def to_bytes(self, values: str, out: str) -> None:
        """``values`` in (-1, 1) held as bytes at :data:`STATE_SCALE`."""
        self.node("QuantizeLinear", [values, self.state_scale, self.state_zero], [out])

    def byte_product(self, states: str, weights: np.ndarray, out: str, signed_weights: bool, bias: np.ndarray | None = None) -> None:
        """``out = states · weights (+ bias)``, ``states`` held as bytes at :data:`STATE_SCALE`."""
        quantised, scales = _bytes_by_column(weights)
        if signed_weights:
            weight_bytes, weight_zero = quantised, ""
        else:
            weight_bytes = (quantised.astype(np.int16) + 128).astype(np.uint8)
            weight_zero = self.constant(f"{out}_weight_zero", np.full(quantised.shape[1], 128, np.uint8))
        inputs = [
            states,
            self.constant(f"{out}_weights", weight_bytes),
            self.state_scale,
            self.constant(f"{out}_weight_scales", scales),
            self.state_zero,
            weight_zero,
        ]
        if bias is not None:
            inputs.append(self.constant(f"{out}_bias", bias.astype(np.float32)))
        self.nodes.append(helper.make_node("MatMulIntegerToFloat", inputs, [out], name=out, domain=_MICROSOFT))


def _bytes_by_column(weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(inputs, outputs) float weights → signed bytes and one scale per output column."""
    largest = np.abs(weights).max(axis=0)
    scales = np.where(largest > 0, largest / 127, 1).astype(np.float32)
    return np.clip(np.rint(weights / scales), -127, 127).astype(np.int8), scales


def int8_encoder(shipped: Path, signed_weights: bool) -> bytes:
    """The encoder of ``shipped`` (LAC's ONNX file) with 8-bit products: same inputs (``token_ids``,
    ``length``) and output (``fetch_name_0``: batch, steps, tags)."""
    model = onnx.load(str(shipped))
    weights = {tensor.name: numpy_helper.to_array(tensor) for tensor in model.graph.initializer}
    grus = [node for node in model.graph.node if node.op_type == "GRU"]
    named = ("embedding_0.w_0", "linear_0.w_0", "linear_0.b_0")
    if len(grus) != 2 or not all(_is_lacs_gru(gru, weights) for gru in grus) or not all(name in weights for name in named):
        raise ValueError(
            f"{shipped} is not the LAC encoder this parser was written for: an embedding, two bidirectional GRUs of "
            f"{HIDDEN} units and a projection"
        )
    embedding, projection, projection_bias = (weights[name] for name in named)
    graph = _Graph()
    # The embedding's rows as bytes, each at its own scale, applied after the product (it is linear in the row).
    row_scales = np.abs(embedding).max(axis=1, keepdims=True)
    row_scales[row_scales == 0] = 1
    embedding_bytes = (np.clip(np.rint(embedding / row_scales / STATE_SCALE), -127, 127) + 128).astype(np.uint8)
    graph.node("Transpose", ["token_ids"], ["ids_by_step"], perm=[1, 0])
    graph.node("Gather", [graph.constant("embedding_bytes", embedding_bytes), "ids_by_step"], ["characters"], axis=0)
    graph.node("Gather", [graph.constant("embedding_row_scales", row_scales.astype(np.float32)), "ids_by_step"], ["character_scales"], axis=0)
    graph.node("Shape", ["length"], ["batch_size"])
    graph.node("Concat", ["batch_size", graph.constant("hidden", np.array([HIDDEN], np.int64))], ["state_shape"], axis=0)
    graph.node("ConstantOfShape", ["state_shape"], ["zero_state"], value=helper.make_tensor("zero", TensorProto.FLOAT, [1], [0.0]))
    layer_input = "characters"
    for number, gru in enumerate(grus):
        input_weights, recurrent_weights, biases = (weights[gru.input[i]] for i in (1, 2, 3))
        layer_input = _bidirectional_gru(graph, f"gru{number}", layer_input, input_weights, recurrent_weights, biases, signed_weights)
    graph.node("MatMul", [layer_input, graph.constant("projection", projection)], ["tag_scores_unbiased"])
    graph.node("Add", ["tag_scores_unbiased", graph.constant("projection_bias", projection_bias)], ["tag_scores"])
    graph.node("Transpose", ["tag_scores"], ["fetch_name_0"], perm=[1, 0, 2])
    rebuilt = helper.make_graph(
        graph.nodes,
        "lac_encoder_int8",
        [helper.make_tensor_value_info("token_ids", TensorProto.INT64, ["batch", "steps"]),
         helper.make_tensor_value_info("length", TensorProto.INT64, ["batch"])],
        [helper.make_tensor_value_info("fetch_name_0", TensorProto.FLOAT, ["batch", "steps", projection.shape[1]])],
        graph.constants,
    )
    return helper.make_model(rebuilt, opset_imports=[helper.make_opsetid("", 13), helper.make_opsetid(_MICROSOFT, 1)], ir_version=7).SerializeToString()


def _is_lacs_gru(gru: onnx.NodeProto, weights: dict[str, np.ndarray]) -> bool:
    """A GRU as the rebuild writes it out: bidirectional, ``linear_before_reset``, the default gates (sigmoid, tanh)
    with no clipping, its weights and biases among the constants. Its initial state, which the shipped graph
    fills with zeros, is taken as zero (the test against the float encoder holds the two to the same tags)."""
    attributes = {a.name: helper.get_attribute_value(a) for a in gru.attribute}
    return (
        attributes.get("direction") == b"bidirectional"
        and attributes.get("linear_before_reset") == 1
        and attributes.get("hidden_size") == HIDDEN
        and attributes.get("activations", [b"Sigmoid", b"Tanh"] * 2) == [b"Sigmoid", b"Tanh"] * 2
        and "clip" not in attributes
        and len(gru.input) >= 4
        and all(gru.input[i] in weights for i in (1, 2, 3))
    )


def _bidirectional_gru(graph: _Graph, name: str, layer_input: str, input_weights: np.ndarray, recurrent_weights: np.ndarray,
                       biases: np.ndarray, signed_weights: bool) -> str:
    """A bidirectional GRU over ``layer_input`` (steps, batch, features); returns its output (steps, batch, 2 × hidden).

    ONNX's weights: input [direction, 3 × hidden (z, r, h), features], recurrent [direction, 3 × hidden, hidden],
    biases [direction, input 3 × hidden then recurrent 3 × hidden]."""
    input_bias, recurrent_bias = biases[:, :3 * HIDDEN], biases[:, 3 * HIDDEN:]
    folded_bias = input_bias.copy()
    folded_bias[:, :2 * HIDDEN] += recurrent_bias[:, :2 * HIDDEN]  # the update and reset gates' recurrent biases add alike
    both_weights = np.concatenate([input_weights[0].T, input_weights[1].T], axis=1)
    both_biases = np.concatenate([folded_bias[0], folded_bias[1]]).astype(np.float32)
    if layer_input == "characters":
        graph.byte_product("characters", both_weights, f"{name}_unscaled", signed_weights)
        graph.node("Mul", [f"{name}_unscaled", "character_scales"], [f"{name}_scaled"])
        graph.node("Add", [f"{name}_scaled", graph.constant(f"{name}_input_bias", both_biases)], [f"{name}_inputs"])
    else:
        graph.to_bytes(layer_input, f"{name}_bytes")
        graph.byte_product(f"{name}_bytes", both_weights, f"{name}_inputs", signed_weights, both_biases)
    sizes = graph.constant(f"{name}_gate_sizes", np.array([2 * HIDDEN, HIDDEN, 2 * HIDDEN, HIDDEN], np.int64))
    graph.node("Split", [f"{name}_inputs", sizes], [f"{name}_gates_f", f"{name}_candidate_f", f"{name}_gates_b_as_read", f"{name}_candidate_b_as_read"], axis=2)
    for part in ("gates", "candidate"):
        graph.node("ReverseSequence", [f"{name}_{part}_b_as_read", "length"], [f"{name}_{part}_b"], time_axis=0, batch_axis=1)
    step = _Graph(f"{name}_step_")
    step.constant("gate_sizes", np.array([2 * HIDDEN, HIDDEN], np.int64))
    step.constant("update_reset_sizes", np.array([HIDDEN, HIDDEN], np.int64))
    for direction, d in enumerate("fb"):
        candidate_bias = np.zeros(3 * HIDDEN, np.float32)
        candidate_bias[2 * HIDDEN:] = recurrent_bias[direction, 2 * HIDDEN:]  # applied before the reset gate scales it
        step.to_bytes(f"state_{d}", f"state_bytes_{d}")
        step.byte_product(f"state_bytes_{d}", recurrent_weights[direction].T, f"recurrent_{d}", signed_weights, candidate_bias)
        step.node("Split", [f"recurrent_{d}", "gate_sizes"], [f"recurrent_gates_{d}", f"recurrent_candidate_{d}"], axis=1)
        step.node("Add", [f"gates_{d}", f"recurrent_gates_{d}"], [f"gate_sums_{d}"])
        step.node("Sigmoid", [f"gate_sums_{d}"], [f"update_reset_{d}"])
        step.node("Split", [f"update_reset_{d}", "update_reset_sizes"], [f"update_{d}", f"reset_{d}"], axis=1)
        step.node("Mul", [f"reset_{d}", f"recurrent_candidate_{d}"], [f"reset_candidate_{d}"])
        step.node("Add", [f"candidate_{d}", f"reset_candidate_{d}"], [f"candidate_sum_{d}"])
        step.node("Tanh", [f"candidate_sum_{d}"], [f"new_{d}"])
        # h' = (1 - z) · n + z · h = n + z · (h - n)
        step.node("Sub", [f"state_{d}", f"new_{d}"], [f"kept_{d}"])
        step.node("Mul", [f"update_{d}", f"kept_{d}"], [f"kept_share_{d}"])
        step.node("Add", [f"new_{d}", f"kept_share_{d}"], [f"next_state_{d}"])
        step.node("Identity", [f"next_state_{d}"], [f"output_{d}"])

    def rows(tensor: str, width: int) -> onnx.ValueInfoProto:
        return helper.make_tensor_value_info(tensor, TensorProto.FLOAT, ["batch", width])

    body = helper.make_graph(
        step.nodes,
        f"{name}_step",
        [rows("state_f", HIDDEN), rows("state_b", HIDDEN), rows("gates_f", 2 * HIDDEN), rows("candidate_f", HIDDEN),
         rows("gates_b", 2 * HIDDEN), rows("candidate_b", HIDDEN)],
        [rows("next_state_f", HIDDEN), rows("next_state_b", HIDDEN), rows("output_f", HIDDEN), rows("output_b", HIDDEN)],
        step.constants,
    )
    graph.node(
        "Scan",
        ["zero_state", "zero_state", f"{name}_gates_f", f"{name}_candidate_f", f"{name}_gates_b", f"{name}_candidate_b"],
        [f"{name}_last_f", f"{name}_last_b", f"{name}_output_f", f"{name}_output_b_as_run"],
        num_scan_inputs=4,
        body=body,
    )
    graph.node("ReverseSequence", [f"{name}_output_b_as_run", "length"], [f"{name}_output_b"], time_axis=0, batch_axis=1)
    graph.node("Concat", [f"{name}_output_f", f"{name}_output_b"], [f"{name}_output"], axis=2)
    return f"{name}_output"
