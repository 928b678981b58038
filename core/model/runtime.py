"""An onnxruntime session that runs any number of samples, whatever batch size the model fixes.

onnxruntime is imported lazily (through :func:`dependencies.require`) so this
module loads, and the tools list, without it.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ExecutionProviderError, ModelDefinitionError, ModelInputError, RasterDLError, one_line
from ..install.dependencies import require
from .definition import TensorInfo
from .execution import CPU, ProcessorType, ProviderSpec, provider_name, select_providers
from .onnx_inspect import tensor_info

#: Names of the ``optimization`` argument -> ``onnxruntime.GraphOptimizationLevel`` members.
OPTIMIZATION_LEVELS = {
    "disable": "ORT_DISABLE_ALL",
    "basic": "ORT_ENABLE_BASIC",
    "extended": "ORT_ENABLE_EXTENDED",
    "all": "ORT_ENABLE_ALL",
}

#: onnxruntime log severity: 3 = errors only, so QGIS's log is not flooded with EP placement notes.
_LOG_ERRORS_ONLY = 3

#: onnxruntime's intra-op workers wait for work without spinning: the tools read, blend and write in
#: threads beside the model, and spinning workers would take the cores those threads need
#: (measured in bench/RESULTS.md: the tool about 5 % faster on 2 cores, onnxruntime alone 2-3 % slower).
SESSION_CONFIG = {"session.intra_op.allow_spinning": "0"}


def cast_to(array: np.ndarray, dtype: str | np.dtype) -> np.ndarray:
    """``array`` as a C-contiguous ``dtype`` array; floats going to integers are rounded and clipped."""
    target = np.dtype(dtype)
    if np.issubdtype(target, np.integer) and np.issubdtype(array.dtype, np.floating):
        limits = np.iinfo(target)
        array = np.clip(np.rint(array), limits.min, limits.max)
    return np.ascontiguousarray(array, dtype=target)


class OnnxSession:
    """An ``onnxruntime.InferenceSession`` on the first model input, with batching and timing.

    ``provider`` reports the provider that really runs the model: onnxruntime may
    fall back to CPU when a GPU provider cannot start, and AUTO retries on CPU
    when the session cannot be created with its accelerator.
    """

    def __init__(
        self,
        model_file: Path,
        processor: ProcessorType = ProcessorType.AUTO,
        gpu_id: int = 0,
        threads: int = 0,
        optimization: str = "all",
    ) -> None:
        self.model_file = Path(model_file)
        self.processor = ProcessorType(processor)
        self.session_run_seconds = 0.0
        self.fallback_reason = ""
        #: Set when the first batch failed but one image ran: the graph works at batch 1 only
        #: (e.g. a Reshape to a fixed batch), so every later batch runs one image at a time.
        self.batch_one_reason = ""
        self._first_run = True
        ort = require("onnxruntime")
        options = self._session_options(ort, threads, optimization)
        if not self.model_file.is_file():
            raise ModelDefinitionError(
                "The model file {model_file} does not exist. Check the ModelFile path of the "
                "model definition (it is relative to the .emd file's folder).",
                model_file=self.model_file,
            )
        self.requested_providers: list[ProviderSpec] = select_providers(self.processor, gpu_id)
        self._session = self._create(ort, options, self.requested_providers)
        self._input = tensor_info(self._session.get_inputs()[0])
        self._outputs = tuple(tensor_info(node) for node in self._session.get_outputs())
        self._output_names = [info.name for info in self._outputs]

    @staticmethod
    def _session_options(ort: Any, threads: int, optimization: str) -> Any:
        """SessionOptions for ``threads`` (0 = onnxruntime's default) and the optimisation level."""
        if threads < 0:
            raise RasterDLError(
                "The thread count must be 0 (automatic) or more, got {threads}.", threads=threads
            )
        level = OPTIMIZATION_LEVELS.get(str(optimization).lower())
        if level is None:
            raise RasterDLError(
                "Unknown graph optimization level '{optimization}': use one of {optimization_levels}.",
                optimization=optimization,
                optimization_levels=", ".join(OPTIMIZATION_LEVELS),
            )
        options = ort.SessionOptions()
        options.graph_optimization_level = getattr(ort.GraphOptimizationLevel, level)
        options.log_severity_level = _LOG_ERRORS_ONLY
        if threads:
            options.intra_op_num_threads = threads
        for key, value in SESSION_CONFIG.items():
            options.add_session_config_entry(key, value)
        return options

    def _create(self, ort: Any, options: Any, providers: list[ProviderSpec]) -> Any:
        """Open the session; AUTO retries on CPU alone, other failures become one-line errors."""
        try:
            return self._open(ort, options, providers)
        except Exception as exc:
            first_error = exc
        if providers == [CPU]:
            raise self._load_error(first_error) from first_error
        try:
            session = self._open(ort, options, [CPU])
        except Exception as exc:
            raise self._load_error(exc) from exc
        names = ", ".join(provider_name(spec) for spec in providers)
        if self.processor == ProcessorType.GPU:
            raise ExecutionProviderError(
                "The model {name} loads on CPU but the GPU provider ({names}) failed: "
                "{error}. Check the GPU driver and CUDA/cuDNN installation, or choose "
                "the CPU processor.",
                name=self.model_file.name,
                names=names,
                error=one_line(first_error),
            ) from first_error
        self.fallback_reason = f"{names} failed: {one_line(first_error)}"
        return session

    def _open(self, ort: Any, options: Any, providers: list[ProviderSpec]) -> Any:
        """One ``InferenceSession`` with onnxruntime's own printing fallback turned off."""
        if any(provider_name(spec) == "DmlExecutionProvider" for spec in providers):
            options.enable_mem_pattern = False
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ort.InferenceSession(
                str(self.model_file), sess_options=options, providers=providers, enable_fallback=0
            )

    def _load_error(self, exc: BaseException) -> ModelDefinitionError:
        return ModelDefinitionError(
            "onnxruntime cannot load the model {name}: {error}. "
            "Check that the file is a complete ONNX model that this onnxruntime version supports.",
            name=self.model_file.name,
            error=one_line(exc),
        )

    @property
    def session(self) -> Any:
        """The wrapped ``onnxruntime.InferenceSession``."""
        return self._session

    @property
    def providers(self) -> list[str]:
        """Providers of the running session, best first (onnxruntime appends CPU for unplaced nodes)."""
        return list(self._session.get_providers())

    @property
    def provider(self) -> str:
        """The provider that actually runs the model (the first of :attr:`providers`)."""
        return self.providers[0]

    @property
    def fell_back(self) -> bool:
        """True when the model does not run on the first provider that was asked for."""
        return self.provider != provider_name(self.requested_providers[0])

    @property
    def input(self) -> TensorInfo:
        """The image input (the model's first input)."""
        return self._input

    @property
    def outputs(self) -> tuple[TensorInfo, ...]:
        """The model outputs, in the order :meth:`run` returns them."""
        return self._outputs

    @property
    def fixed_batch(self) -> int | None:
        """The batch size the model's input fixes, or None when it is dynamic."""
        return self._input.shape[0] if self._input.shape else None

    @property
    def fixed_size(self) -> tuple[int, int] | None:
        """The (height, width) a rank-4 input fixes, or None unless both are fixed."""
        shape = self._input.shape
        if len(shape) == 4 and shape[2] is not None and shape[3] is not None:
            return (shape[2], shape[3])
        return None

    def _check(self, batch: np.ndarray) -> None:
        """Reject a batch whose rank or fixed dimensions do not fit the input, with a readable message."""
        shape = self._input.shape
        if batch.ndim == 0 or batch.shape[0] == 0:
            raise ModelInputError("No samples to run: the batch is empty.")
        if shape and batch.ndim != len(shape):
            raise ModelInputError(
                "The model input '{name}' has {dims} dimensions "
                "{model_shape} but the data has {ndim} {data_shape}.",
                name=self._input.name,
                dims=len(shape),
                model_shape=_format_shape(shape),
                ndim=batch.ndim,
                data_shape=tuple(batch.shape),
            )
        for axis, (want, got) in enumerate(zip(shape[1:], batch.shape[1:]), start=1):
            if want is not None and want != got:
                raise ModelInputError(
                    "The model input '{name}' is {model_shape} but the data is "
                    "{data_shape} (dimension {axis} differs). Set the tile size and bands "
                    "to what the model takes.",
                    name=self._input.name,
                    model_shape=_format_shape(shape),
                    data_shape=tuple(batch.shape),
                    axis=axis,
                )

    def _session_run(self, feed: np.ndarray) -> list[np.ndarray]:
        start = time.perf_counter()
        try:
            return self._session.run(self._output_names, {self._input.name: feed})
        except Exception as exc:
            raise RasterDLError(
                "Running the model {name} on {provider} failed: {error}",
                name=self.model_file.name,
                provider=self.provider,
                error=one_line(exc),
            ) from exc
        finally:
            self.session_run_seconds += time.perf_counter() - start

    def run(self, batch: np.ndarray) -> list[np.ndarray]:
        """Outputs for the N samples in ``batch``, cast to the input dtype, one array per output.

        A dynamic batch runs in one call. A fixed batch B runs in chunks of B; the
        last chunk is padded with zeros and the padded results dropped.
        """
        batch = cast_to(np.asarray(batch), self._input.dtype)
        self._check(batch)
        size = self.fixed_batch or (1 if self.batch_one_reason else None)
        count = batch.shape[0]
        if size is None and self._first_run and count > 1:
            return self._finite(self._first_batch(batch))
        if size is None or count == size:
            self._first_run = False
            return self._finite(self._session_run(batch))
        chunks = []
        for start in range(0, count, size):
            chunk = batch[start : start + size]
            valid = chunk.shape[0]
            if valid < size:
                pad = np.zeros((size - valid, *chunk.shape[1:]), dtype=chunk.dtype)
                chunk = np.concatenate([chunk, pad])
            chunks.append((valid, self._session_run(chunk)))
        return self._finite(_join(self._output_names, chunks, size))

    def _finite(self, outputs: list[np.ndarray]) -> list[np.ndarray]:
        """``outputs``, refused when a floating-point one holds NaN or infinity.

        A NaN score would otherwise become class 0 (argmax) or vanish under a
        threshold, giving a clean-looking but wrong result.
        """
        for name, output in zip(self._output_names, outputs):
            array = np.asarray(output)
            if array.dtype.kind == "f" and not np.isfinite(array).all():
                bad = int(array.size - np.count_nonzero(np.isfinite(array)))
                raise ModelInputError(
                    "The model {name} returned {bad} NaN or infinite values in its output "
                    "'{output}' (of {size}): its results cannot be trusted, so nothing was written. "
                    "Check the model and its normalisation (a division by zero, or input values far outside "
                    "those it was trained on).",
                    name=self.model_file.name,
                    bad=bad,
                    output=name,
                    size=array.size,
                )
        return outputs

    def _first_batch(self, batch: np.ndarray) -> list[np.ndarray]:
        """Run the first batch; if it fails but its first image runs alone, go on at batch 1."""
        try:
            outputs = self._session_run(batch)
        except RasterDLError as exc:
            try:
                first = self._session_run(batch[:1])
            except RasterDLError:
                raise exc from None
            self.batch_one_reason = str(exc)
            chunks = [(1, first)] + [(1, self._session_run(batch[i : i + 1])) for i in range(1, len(batch))]
            outputs = _join(self._output_names, chunks, 1)
        self._first_run = False
        return outputs

    def run_batches(self, chips: np.ndarray, batch_size: int) -> list[np.ndarray]:
        """Outputs for all ``chips``, run ``batch_size`` at a time and joined per output.

        A model with a fixed batch runs its own batch size instead.
        """
        if batch_size < 1:
            raise ModelInputError(
                "The batch size must be 1 or more, got {batch_size}.", batch_size=batch_size
            )
        chips = np.asarray(chips)
        step = self.fixed_batch or batch_size
        if chips.ndim and chips.shape[0] <= step:
            return self.run(chips)
        parts = []
        for start in range(0, len(chips), step):
            part = chips[start : start + step]
            parts.append((len(part), self.run(part)))
        return _join(self._output_names, parts, None)


def _format_shape(shape: Sequence[int | None]) -> str:
    return "[" + ", ".join("?" if dim is None else str(dim) for dim in shape) + "]"


def _join(
    names: Sequence[str], parts: Sequence[tuple[int, list[np.ndarray]]], padded_to: int | None
) -> list[np.ndarray]:
    """Concatenate per-output results of several runs, keeping the first ``valid`` rows of each.

    Every output must lead with the batch axis (of ``padded_to`` rows when padded)
    to be split; otherwise the samples' results cannot be told apart.
    """
    joined = []
    for index, name in enumerate(names):
        pieces = []
        for valid, outputs in parts:
            array = np.asarray(outputs[index])
            rows = padded_to if padded_to is not None else valid
            if array.ndim == 0 or array.shape[0] != rows:
                raise RasterDLError(
                    "The model output '{name}' (shape {shape}) has no batch dimension, so "
                    "its results cannot be split per sample. Run it with a batch size of 1.",
                    name=name,
                    shape=tuple(array.shape),
                )
            pieces.append(array[:valid])
        joined.append(np.concatenate(pieces))
    return joined
