"""The learned cue model: shipped weights, what it finds, and its trainer on real PolNeAR articles."""

from __future__ import annotations

import json

import pytest

from quotes import extract
from quotes.cue_model import PACKAGE_CUE_MODEL, CueModel, default_cue_model
from quotes.lexicon import CUE_LEMMAS
from tests.conftest import needs_shared


def test_the_package_ships_the_cue_model():
    model = default_cue_model()
    assert PACKAGE_CUE_MODEL.exists() and model is not None
    assert 0 < model.threshold < 1 and len(model.weights) > 1000


def test_the_model_finds_a_report_outside_the_lexicon(pipeline):
    text = "Hillary Clinton plans to call on young people to participate in national service."
    assert "plan" not in CUE_LEMMAS
    [record] = extract(text, pipeline=pipeline, stance=False)
    assert (record.kind, record.cue, record.speaker, record.method) == ("indirect", "plans", "Hillary Clinton", "model:name")
    assert record.text == text[record.start:record.end] == "to call on young people to participate in national service"
    assert 0 < record.confidence < 0.9  # scaled by the model's probability


def test_an_ordinary_verb_is_scored_but_not_a_cue(pipeline):
    from quotes.parsing import parse_spans
    text = "The company built a new plant in Ohio last year."
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    built = next(w for w in sentence.words if w.text == "built")
    p = default_cue_model().score(sentence, built)
    assert p is not None and p < default_cue_model().threshold
    assert extract(text, pipeline=pipeline, stance=False) == []


def test_features_name_the_contents_first_word_its_marks_and_the_verbs_prepositions(pipeline):
    from quotes.cue_model import candidate, cue_features
    from quotes.parsing import parse_spans
    text = "In a memo to donors, the campaign predicted that turnout would “rise sharply.”"
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    verb = next(w for w in sentence.words if w.text == "predicted")
    features = cue_features(sentence, candidate(sentence, verb))
    assert features["first=that"] == features["lemma+first=predict|that"] == features["obl_case=in"] == 1.0
    assert features["lemma+deprel=predict|root"] == features["content_quote"] == 1.0
    assert not any(name.startswith("first=") and name != "first=that" for name in features)


def test_the_json_form_round_trips(tmp_path):
    model = CueModel({"bias": -1.0, "lemma=seem": 2.5}, threshold=0.4)
    path = tmp_path / "cues.json"
    path.write_text(json.dumps(model.to_dict()))
    again = CueModel.load(path)
    assert again == model
    assert again.probability({"bias": 1.0, "lemma=seem": 1.0}) == pytest.approx(1 / (1 + 2.718281828 ** -1.5))


def test_the_trainer_learns_cues_from_polnear_articles(pipeline):
    pytest.importorskip("sklearn")
    from quotes.models.train_cues import examples, fit, parse_articles
    parsed = parse_articles(needs_shared("polnear", "train"), limit=8, nlp=pipeline)
    features, labels = examples(parsed)
    assert len(labels) > 50 and 0 < sum(labels) < len(labels)
    model = fit(features, labels, c=1.0, threshold=0.5)
    scores = [model.probability(f) for f in features]
    positives = [s for s, y in zip(scores, labels) if y]
    negatives = [s for s, y in zip(scores, labels) if not y]
    assert sum(positives) / len(positives) > sum(negatives) / len(negatives) + 0.2


def test_word_vector_weights_fold_into_one_weight_per_word():
    from quotes.models.train_cues import fold_vectors
    model = CueModel({"bias": -1.0, "vec=0": 1.0, "vec=1": -1.0, "lemma=say": 0.5})
    fold_vectors(model, {"say": [2.0, 1.0], "claim": [1.0, 1.0], "walk": [0.0, 3.0]})
    assert model.weights == {"bias": -1.0, "lemma=say": 1.5, "lemma=walk": -3.0}


def test_the_trainer_gives_verbs_it_never_saw_a_weight_from_their_vectors(pipeline):
    pytest.importorskip("sklearn")
    from quotes.models.train_cues import examples, fit, load_vectors, parse_articles
    parsed = parse_articles(needs_shared("polnear", "train"), limit=8, nlp=pipeline)
    features, labels = examples(parsed)
    seen = {name for f in features for name in f}
    model = fit(features, labels, c=1.0, threshold=0.5, vectors=load_vectors())
    assert not any(name.startswith("vec=") for name in model.weights)
    unseen = [name for name in model.weights if name.startswith("lemma=") and name not in seen]
    assert len(unseen) > 1000
    assert model.weights["lemma=assert"] > model.weights["lemma=walk"]


def test_quotes_models_lists_the_cue_model(capsys):
    from quotes.cli import main as cli_main
    assert cli_main(["models"]) == 0
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("cues"))
    assert "cues.json" in line and "MB" in line


def test_a_raising_verb_with_an_adjective_is_a_candidate_reporting_its_whole_clause(pipeline):
    from quotes.cue_model import candidate
    from quotes.parsing import parse_spans
    text = "The American economy seemed impervious to all but the largest global shocks."
    [sentence] = parse_spans(pipeline, text, [(0, len(text))])
    seemed = next(w for w in sentence.words if w.text == "seemed")
    found = candidate(sentence, seemed)  # was no candidate: "impervious" is no verb
    assert found is not None and "impervious" in [w.text for w in found.content]
