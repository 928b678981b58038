"""Install Python Dependencies (``rasterdl:installdependencies``)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingOutputBoolean,
    QgsProcessingOutputFolder,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
)

from ..core.errors import DependencyError
from ..core.install.dependencies import dependencies_dir, python_executable
from ..core.install.installer import (
    CLUSTER_PACKAGES,
    PackageState,
    ProbeReport,
    install,
    nvidia_driver,
    plan_install,
    probe,
    restart_needed,
)
from .base import RasterDLAlgorithm


class InstallDependenciesAlgorithm(RasterDLAlgorithm):
    """Reports, and on request installs, onnxruntime and OpenCV (dask optionally) for the Python QGIS runs."""

    VARIANT = "VARIANT"
    CLUSTER_PACKAGES = "CLUSTER_PACKAGES"
    CHECK_ONLY = "CHECK_ONLY"
    INSTALLED = "INSTALLED"
    EXECUTION_PROVIDERS = "EXECUTION_PROVIDERS"
    COMMAND = "COMMAND"
    TARGET_FOLDER = "TARGET_FOLDER"

    ICON = "install_dependencies.svg"

    def name(self) -> str:
        return "installdependencies"

    def displayName(self) -> str:
        return self.tr("Install Python Dependencies")

    def flags(self):
        # Installing packages is a one-off set-up step, not a step of a model.
        return super().flags() | QgsProcessingAlgorithm.FlagHideFromModeler

    def help_paragraphs(self) -> list[str]:
        return [
            self.tr(
                "Installs the Python packages the deep-learning tools need, onnxruntime and OpenCV "
                "(opencv-python-headless), for the Python that QGIS runs, and reports the onnxruntime "
                "execution providers (CPU, CUDA, DirectML, ...) found afterwards."
            ),
            self.tr(
                "dask and distributed are optional: only the tools' CLUSTER parameter (running on a Dask "
                "cluster) needs them. Tick 'Also install dask and distributed' to install them too."
            ),
            self.tr(
                "Installing downloads the packages from the Python Package Index (pypi.org) with pip "
                "(several hundred megabytes for the GPU build) into a folder of your user profile, shown "
                "as Target folder; the plugin adds that folder to Python's search path when QGIS starts, "
                "after QGIS's own packages, so the numpy and GDAL that QGIS ships stay in use. numpy is "
                "pinned to the version QGIS already has, so pip picks builds that work with it."
            ),
            self.tr(
                "pip's output streams into the log and Cancel stops pip. Restart QGIS after installing: a "
                "running QGIS keeps the onnxruntime it has already loaded."
            ),
        ]

    def parameter_help(self) -> dict[str, str]:
        return {
            self.VARIANT: self.tr(
                "0 Automatic (default): the NVIDIA GPU build (onnxruntime-gpu) when an NVIDIA driver is "
                "found on this computer, the CPU build otherwise; 1 CPU; 2 NVIDIA GPU (CUDA). The GPU build "
                "runs models with CUDA where the NVIDIA CUDA and cuDNN libraries its version asks for are "
                "installed (see onnxruntime.ai), otherwise on the CPU; it exists for Windows and Linux only."
            ),
            self.CLUSTER_PACKAGES: self.tr(
                "Default false. Tick it to install dask and distributed as well, for the advanced CLUSTER "
                "parameter of the imagery tools: a Dask scheduler address, or local:N worker processes on "
                "this computer. The workers of a cluster need the same dask and distributed versions as "
                "this QGIS (README, 'Workers'). The tools work without them."
            ),
            self.CHECK_ONLY: self.tr(
                "Default true: install nothing; report what is installed, which execution providers "
                "onnxruntime offers and the exact pip command that would run. Untick it to install."
            ),
        }

    def output_help(self) -> dict[str, str]:
        return {
            self.INSTALLED: self.tr("True when this run installed the packages; false with Check only."),
            self.EXECUTION_PROVIDERS: self.tr(
                "The execution providers onnxruntime offers, comma separated, as a fresh Python finds them "
                "at the end of the run."
            ),
            self.COMMAND: self.tr("The pip command; it can be pasted into a terminal as it is."),
            self.TARGET_FOLDER: self.tr("The folder of your user profile the packages are installed into."),
        }

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterEnum(
                self.VARIANT,
                self.tr("onnxruntime build"),
                [
                    self.tr("Automatic: NVIDIA GPU build where an NVIDIA driver is present"),
                    self.tr("CPU"),
                    self.tr("NVIDIA GPU (CUDA)"),
                ],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CLUSTER_PACKAGES,
                self.tr("Also install dask and distributed (optional: for the CLUSTER parameter)"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CHECK_ONLY, self.tr("Check only (install nothing)"), defaultValue=True
            )
        )
        self.addOutput(QgsProcessingOutputBoolean(self.INSTALLED, self.tr("Installed")))
        self.addOutput(QgsProcessingOutputString(self.EXECUTION_PROVIDERS, self.tr("Execution providers")))
        self.addOutput(QgsProcessingOutputString(self.COMMAND, self.tr("pip command")))
        self.addOutput(QgsProcessingOutputFolder(self.TARGET_FOLDER, self.tr("Target folder")))

    def run_tool(self, parameters: dict, context, feedback) -> dict[str, Any]:
        variant = self.parameterAsEnum(parameters, self.VARIANT, context)
        cluster = self.parameterAsBool(parameters, self.CLUSTER_PACKAGES, context)
        check_only = self.parameterAsBool(parameters, self.CHECK_ONLY, context)
        nvidia = nvidia_driver()
        feedback.pushInfo(self.tr("NVIDIA driver: {0}").format(nvidia or self.tr("not found")))
        python, target = python_executable(), dependencies_dir()
        feedback.pushInfo(self.tr("Python that QGIS runs: {0}").format(python))
        feedback.pushInfo(self.tr("Target folder: {0}").format(target))
        feedback.setProgressText(self.tr("Checking the installed packages…"))
        before = probe(python, target)
        plan = plan_install(
            variant, python=python, target=target, nvidia=nvidia, missing=before.missing, cluster=cluster
        )
        self._report(before, feedback)
        feedback.pushInfo(self.tr("Packages: {0}").format(" ".join(plan.requirements)))
        if plan.gpu and nvidia is None:
            feedback.pushWarning(
                self.tr("No NVIDIA driver was found: the GPU build will run models on the CPU.")
            )
        results = {
            self.INSTALLED: False,
            self.EXECUTION_PROVIDERS: ",".join(before.providers),
            self.COMMAND: plan.command,
            self.TARGET_FOLDER: str(plan.target),
        }
        if check_only:
            feedback.pushInfo(
                self.tr(
                    "Check only: nothing was installed. To install, run this tool again with "
                    "'Check only' unticked, or run this command in a terminal:\n{0}"
                ).format(plan.command)
            )
            feedback.setProgress(100)
            return results

        if before.pip_version is None:
            raise DependencyError(
                self.tr(
                    "pip is not available for the Python that QGIS runs ({0}): {1}. Install pip for "
                    "it first (Debian and Ubuntu: sudo apt install python3-pip), then run this tool again."
                ).format(plan.python, before.pip_error)
            )
        feedback.setProgress(10)
        feedback.setProgressText(self.tr("Downloading and installing with pip…"))
        feedback.pushInfo(self.tr("Running: {0}").format(plan.command))
        install(plan, feedback.pushConsoleInfo, feedback.isCanceled)
        feedback.setProgress(90)
        feedback.setProgressText(self.tr("Checking the installed packages…"))
        after = probe(plan.python, plan.target)
        self._report(after, feedback)
        if after.onnxruntime.error:
            raise DependencyError(
                self.tr("onnxruntime was installed in {0} but cannot be imported: {1}").format(
                    plan.target, after.onnxruntime.error
                )
            )
        broken = [name for name in CLUSTER_PACKAGES if cluster and after.others[name].error]
        if broken:
            raise DependencyError(
                self.tr("{0} was installed in {1} but cannot be imported: {2}").format(
                    broken[0], plan.target, after.others[broken[0]].error
                )
            )
        if restart_needed(plan.target):
            feedback.pushWarning(self.tr("Restart QGIS to use the packages just installed."))
        if plan.gpu:
            feedback.pushInfo(
                self.tr(
                    "The GPU build runs models with CUDA only where the NVIDIA CUDA and cuDNN libraries "
                    "it needs are installed; otherwise the tools fall back to the CPU."
                )
            )
        feedback.setProgress(100)
        results[self.INSTALLED] = True
        results[self.EXECUTION_PROVIDERS] = ",".join(after.providers)
        return results

    def _report(self, report: ProbeReport, feedback) -> None:
        """What the Python QGIS runs finds, folder first; warnings where another copy wins."""
        feedback.pushInfo(
            self.tr("Python {0}, pip {1}").format(
                report.python_version, report.pip_version or self.tr("not available")
            )
        )
        packages = [("onnxruntime", report.onnxruntime), ("OpenCV", report.opencv), *report.others.items()]
        for label, state in packages:
            feedback.pushInfo(self._describe(label, state))
            if state.shadowed_by:
                feedback.pushWarning(
                    self.tr(
                        "The {0} in the target folder is not the one the plugin uses: {1} comes first on "
                        "the Python path. Uninstall that copy to use the one in the target folder."
                    ).format(label, state.shadowed_by)
                )
        feedback.pushInfo(
            self.tr("Execution providers: {0}").format(", ".join(report.providers) or self.tr("none"))
        )

    def _describe(self, label: str, state: PackageState) -> str:
        if state.error and label in CLUSTER_PACKAGES:
            return self.tr(
                "{0}: not installed ({1}); optional, only the CLUSTER parameter needs it: tick 'Also "
                "install dask and distributed' to install it"
            ).format(label, state.error)
        if state.error:
            return self.tr("{0}: not available ({1})").format(label, state.error)
        where = self.tr("target folder") if state.in_target else state.file
        return self.tr("{0} {1} ({2})").format(label, state.version, where)
