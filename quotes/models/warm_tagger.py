"""Run stanza's tagger trainer from the weights of an existing tagger (stanza's tagger has no
``--continue_from``).

Usage: ``python -m quotes.models.warm_tagger MODEL.pt [stanza.models.tagger arguments ...]``. The
model must have been trained on the same data and word vectors (its vocabulary is reused).
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    """Train with ``stanza.models.tagger``, its first Trainer loading ``argv[0]``."""
    import stanza.models.tagger as tagger

    start_from, plain_trainer, first = argv[0], tagger.Trainer, [True]

    def warm_trainer(*args, **kwargs):
        if first[0] and kwargs.get("model_file") is None:
            first[0] = False
            kwargs["model_file"] = start_from
        return plain_trainer(*args, **kwargs)

    tagger.Trainer = warm_trainer
    tagger.main(argv[1:])


if __name__ == "__main__":
    main(sys.argv[1:])
