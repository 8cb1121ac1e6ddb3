"""Model files: which stanza model file serves each processor of the parsing stage.

Model resolution, for each processor (tokenize, mwt, pos, lemma, depparse):

1. an explicit models directory (``models=`` argument, ``--models DIR`` or ``QUOTES_MODELS``);
   it may be a folder of our compact models (``tokenize.pt``, ``mwt.pt``, ``pos.pt``,
   ``lemma.pt``, ``depparse.pt``, ``pretrain.pt``) or a stanza resources directory;
2. stanza's official English models found in stanza's resources directory
   (``STANZA_RESOURCES_DIR`` or stanza's default); ``download=True`` asks stanza to fetch them;
3. the compact English models shipped inside this package (``quotes/models/en``).

A stanza resources directory that holds only some official models (for example just the
tokenizer and MWT expander) is completed with the shipped models for the rest.
Nothing is fetched from the network unless ``download=True``.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
PACKAGE_MODELS = Path(__file__).resolve().parent / "models" / "en"
_OWN_FILES = {name: f"{name}.pt" for name in PROCESSORS}


class ModelsError(RuntimeError):
    """The models cannot be found, fetched or loaded; the message says which and why."""


@dataclass
class ModelPlan:
    """Which file serves each processor, and where it came from (``own`` or ``official``)."""

    paths: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    pretrain: str | None = None
    official_dir: str | None = None

    def to_dict(self) -> dict:
        """Plain-dict form, for JSON and the ``quotes models`` listing."""
        return asdict(self)


def default_resources_dir() -> Path:
    """stanza's resources directory: ``STANZA_RESOURCES_DIR`` or stanza's default location."""
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env)
    return Path.home() / "stanza_resources"


def official_models(resources_dir: Path) -> dict[str, Path]:
    """Map processor -> model file for stanza's official English defaults present in ``resources_dir``."""
    index = resources_dir / "resources.json"
    if not index.is_file():
        return {}
    try:
        defaults = json.loads(index.read_text(encoding="utf-8"))["en"]["default_processors"]
    except (ValueError, KeyError, TypeError):
        return {}
    found = {}
    for name in PROCESSORS:
        package = defaults.get(name)
        path = resources_dir / "en" / name / f"{package}.pt"
        if package and path.is_file():
            found[name] = path
    return found


def own_models(models_dir: Path) -> dict[str, Path]:
    """Map processor -> model file for our compact models present in ``models_dir``."""
    return {name: models_dir / f for name, f in _OWN_FILES.items() if (models_dir / f).is_file()}


def plan_models(models: str | os.PathLike | None = None, download: bool = False) -> ModelPlan:
    """Decide which model file serves each processor, following the resolution order above."""
    explicit = models or os.environ.get("QUOTES_MODELS")
    if explicit:
        explicit = Path(explicit)
        if not explicit.is_dir():
            raise ModelsError(f"models directory {explicit} does not exist")
        official = official_models(explicit)
        own = own_models(explicit)
        if not official and not own:
            raise ModelsError(f"models directory {explicit} holds no stanza models "
                              f"(expected {', '.join(_OWN_FILES.values())} or a stanza resources.json)")
        pretrain_dir = explicit if (explicit / "pretrain.pt").is_file() else PACKAGE_MODELS
        return _check_complete(_merge({**own_models(PACKAGE_MODELS), **own}, official,
                                      explicit if official else None, pretrain_dir))
    resources = default_resources_dir()
    if download:
        _download(resources)
    official = official_models(resources)
    return _check_complete(_merge(own_models(PACKAGE_MODELS), official, resources if official else None,
                                  PACKAGE_MODELS))


def _merge(own: dict[str, Path], official: dict[str, Path], official_dir: Path | None,
           own_dir: Path) -> ModelPlan:
    plan = ModelPlan(official_dir=str(official_dir) if official_dir else None)
    for name in PROCESSORS:
        if name in official:
            plan.paths[name], plan.sources[name] = str(official[name]), "official"
        elif name in own:
            plan.paths[name], plan.sources[name] = str(own[name]), "own"
    if (own_dir / "pretrain.pt").is_file():
        plan.pretrain = str(own_dir / "pretrain.pt")
    return plan


def _check_complete(plan: ModelPlan) -> ModelPlan:
    missing = [p for p in PROCESSORS if p not in plan.paths]
    if missing:
        raise ModelsError(f"no model for {', '.join(missing)}: the package models in {PACKAGE_MODELS} "
                          "are missing; reinstall the package or pass --models DIR")
    return plan


def _download(resources: Path) -> None:
    import stanza
    try:
        stanza.download("en", model_dir=str(resources), processors=",".join(PROCESSORS), verbose=False)
    except Exception as exc:  # stanza raises many kinds of network errors
        raise ModelsError(f"could not download stanza's English models into {resources}: "
                          f"{type(exc).__name__}: {exc}".splitlines()[0]) from None


def pipeline_kwargs(plan: ModelPlan) -> dict:
    """The ``stanza.Pipeline`` keyword arguments that load the planned files (and an official model's
    pretrained vectors and character language models)."""
    kwargs: dict = {}
    for name in PROCESSORS:
        kwargs[f"{name}_model_path"] = plan.paths[name]
    for name in ("pos", "depparse"):
        if plan.sources[name] == "own":
            kwargs[f"{name}_pretrain_path"] = plan.pretrain
        else:
            kwargs.update(_official_dependencies(Path(plan.official_dir), name))
    if plan.sources["depparse"] == "own":
        kwargs["depparse_resolve_head_constraints"] = True
    return kwargs


def _official_dependencies(resources_dir: Path, processor: str) -> dict:
    """Pretrain and character LM paths an official model needs, from stanza's resources.json."""
    index = json.loads((resources_dir / "resources.json").read_text(encoding="utf-8"))["en"]
    package = index["default_processors"][processor]
    kwargs = {}
    for dep in index[processor][package].get("dependencies", []):
        path = resources_dir / "en" / dep["model"] / f"{dep['package']}.pt"
        key = {"pretrain": "pretrain_path", "forward_charlm": "forward_charlm_path",
               "backward_charlm": "backward_charlm_path"}.get(dep["model"])
        if key:
            kwargs[f"{processor}_{key}"] = str(path)
    return kwargs
