"""Relative clause repairs: parse repairs, applied by :func:`quotes.parse_repairs.repair_parse`, that mend a
relative or reduced relative clause the parser misread in news text: the verb after a relative clause set off by
commas taken for the clause's conjunct ("Laura Hill, who is leading the investigation, appealed for witnesses"), a
reporting verb after a participle phrase left without its subject ("two officials briefed on the talks told The New
York Times"), a relative clause without a relative word taken for a compound ("a decision environmental campaigners
called "a climate disgrace""), the subject of a relative clause tagged a verb ("which campaigners called ..."), its
verb after "who" tagged a noun ("who lives near the site"), and a reporting verb after ", whose TITLE, NAME," taken
for the root ("praised by the CBI, whose director general, Rain Newton-Smith, said ...").
Each function mends one sentence's words in place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotes.lexicon import SPEECH_VERBS
from quotes.trees import has_subject, is_under, root_word

if TYPE_CHECKING:
    from quotes.parsing import Word


# Verbs whose past tense is their base form, which the tagger may tag a base form ("..., quit hours before").
UNCHANGED_PASTS = frozenset("quit put set cut hit let shut cast hurt spread upset bet cost split bid".split())
# Verbs that name what their object is, with the name as a second object ('called the decision "a disgrace"').
DESCRIBING_VERBS = frozenset("call describe dub label brand term".split())


def repair_relative_predicates(words: list[Word]) -> None:
    """Make the verb after a relative clause set off by commas the root, with the noun the clause describes its
    subject, where the parse made the noun the root and the verb a conjunct of the clause's verb ("Detective Chief
    Inspector Laura Hill, who is leading the investigation, appealed for witnesses.", or of a complement in the
    clause: "Governor Phil Murphy, who sued to block the charge, called it ...", or a modal verb without a subject
    hung on one: "Subscribers who do not want to pay can cancel")."""
    root = root_word(words)
    if root is None or root.upos not in ("PROPN", "NOUN"):
        return
    named = {root.index} | {w.index for w in words if w.head == root.index and w.deprel in ("flat", "appos")}
    for clause in (w for w in words if w.head in named and w.deprel == "acl:relcl" and w.index > root.index):
        inside = {clause.index} | {w.index for w in words
                                   if w.deprel in ("xcomp", "ccomp") and is_under(words, w, clause)}
        verb = next((k for k in words if k.head in inside and k.deprel == "conj" and k.upos == "VERB"
                     and (k.xpos in ("VBD", "VBZ", "VBP", "VBN") or k.text.lower() in UNCHANGED_PASTS)
                     and words[k.index - 1].text == "," and not any(
                         a.head == k.index and a.deprel in ("nsubj", "nsubj:pass", "aux", "aux:pass", "cc")
                         for a in words)), None) or next(
            (k for k in words if k.head in inside and k.deprel == "ccomp" and k.upos == "VERB" and k.xpos == "VB"
             and words[k.head].lemma.lower() not in SPEECH_VERBS and any(
                 a.head == k.index and a.deprel == "aux" and a.xpos == "MD" for a in words) and not any(
                 a.head == k.index and a.deprel.startswith("nsubj") for a in words)), None)  # "Subscribers who do
        # not want to pay the new price can cancel": "cancel" a complement of "pay"
        if verb is None:
            continue
        if verb.xpos in ("VBN", "VB"):  # "appealed" tagged a participle, "quit" a base form: the past tense
            verb.xpos, verb.feats = "VBD", "Mood=Ind|Tense=Past|VerbForm=Fin"
        verb.head, verb.deprel, root.head, root.deprel = -1, "root", verb.index, "nsubj"
        for word in words:
            if word.head == root.index and word.upos == "PUNCT" and word.index > verb.index:
                word.head = verb.index  # the full stop
        return


def repair_reduced_relative_subjects(words: list[Word]) -> None:
    """Make the noun before a participle phrase the subject of the reporting verb right after the phrase, where the
    parse made the noun the participle's subject and left the verb without one ("..., two officials briefed on the
    talks told The New York Times": "officials" the subject of "briefed", "told" a conjunct with no subject; "Police
    investigating a crash in which ... say": "say" with the participle its adverbial and no subject)."""
    for verb in words:
        if verb.upos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS or verb.index < 3 \
                or has_subject(words, verb):
            continue
        participle = next((w for w in words if w.index < verb.index and (
            w.xpos == "VBN" and w.head != verb.index
            or w.xpos == "VBG" and w.deprel == "advcl" and w.head == verb.index)
                           and max(k.index for k in words if is_under(words, k, w)) == verb.index - 1), None)
        noun = next((k for k in words if participle is not None and k.head == participle.index
                     and k.deprel == "nsubj" and k.upos in ("NOUN", "PROPN") and k.index == participle.index - 1), None)
        if noun is None or any(k.head == participle.index and k.deprel.startswith("aux") for k in words) \
                or is_under(words, verb, participle) \
                or any(k.head == noun.index and k.deprel == "case" for k in words):  # not "Despite the bitter
            continue  # feuding over NCLB, many experts say"
        noun.head, noun.deprel, participle.head, participle.deprel = verb.index, "nsubj", noun.index, "acl"


def repair_unmarked_naming_relatives(words: list[Word]) -> None:
    """Make a relative clause without a relative word of a naming verb's clause, where the parse made the noun it
    describes a compound of the clause's subject ("a new oil field, a decision environmental campaigners called "a
    climate disgrace"": "decision" a compound of "campaigners", the verb the campaigners' modifier or a relative
    clause of "field"): the noun takes the subject's place, or stands in apposition to the noun the verb was hung on,
    the subject goes to the verb, the verb's clause to the noun."""
    for verb in words[3:]:
        people = words[verb.index - 1]
        if verb.upos != "VERB" or verb.lemma.lower() not in DESCRIBING_VERBS or people.upos != "NOUN" \
                or "Number=Plur" not in people.feats \
                or not any(k.head == verb.index and k.deprel in ("obj", "xcomp") for k in words):
            continue
        if verb.deprel == "acl" and verb.head == people.index and people.deprel not in ("root", "nsubj"):
            place = people.head, people.deprel
        elif verb.deprel == "acl:relcl" and people.head == verb.index and people.deprel == "nsubj":
            place = verb.head, "appos"  # "field, a decision campaigners called": the decision is the field
        else:
            continue
        noun = next((k for k in words if k.head == people.index and k.deprel == "compound" and k.upos == "NOUN"
                     and "Number=Plur" not in k.feats), None)
        det = words[noun.index - 1] if noun is not None and noun.index > 0 else None
        if det is None or det.upos != "DET" or det.head != people.index \
                or not all(w.head == people.index and w.upos == "ADJ" for w in words[noun.index + 1:people.index]):
            continue
        for word in words[:noun.index]:
            if word.head == people.index:  # the determiner, a comma before
                word.head = noun.index
        (noun.head, noun.deprel), people.head, people.deprel = place, verb.index, "nsubj"
        verb.head, verb.deprel = noun.index, "acl:relcl"


def repair_relative_noun_tags(words: list[Word]) -> None:
    """Make a plural noun after "which" that the tagger took for a verb in "-s" a noun, the subject of the relative
    clause's verb, with "which" the object a naming verb names ("a new oil field, which campaigners called "a climate
    disgrace"": "campaigners" a verb, "which" its determiner)."""
    for noun in words[1:]:
        which = words[noun.index - 1]
        if noun.xpos != "VBZ" or not noun.deprel.startswith("nsubj") or which.head != noun.index \
                or which.text.lower() != "which" or which.deprel != "det" or not noun.text.endswith("s"):
            continue
        noun.upos, noun.xpos, noun.lemma, noun.feats = "NOUN", "NNS", noun.text[:-1].lower(), "Number=Plur"
        verb = words[noun.head] if noun.head >= 0 else None
        if verb is not None and verb.deprel == "acl:relcl" and verb.lemma.lower() in DESCRIBING_VERBS:
            which.upos, which.xpos, which.head, which.deprel = "PRON", "WDT", verb.index, "obj"


def repair_whose_subject_clauses(words: list[Word]) -> None:
    """Make a reporting verb after ", whose TITLE, NAME," the verb of that relative clause, the title its subject
    with the name in apposition, where the parse made the verb the root and the clause before it the verb's
    complement ("The move was praised by the CBI, whose director general, Rain Newton-Smith, said it was ...": the
    CBI's praise no report of hers)."""
    whose = next((w for w in words[2:] if w.text.lower() == "whose" and words[w.index - 1].text == ","), None)
    verb = next((w for w in words if whose is not None and w.index > whose.index + 3 and w.upos == "VERB"
                 and w.lemma.lower() in SPEECH_VERBS and words[w.index - 1].text == ","), None)
    if verb is None or has_subject(words, verb):
        return
    antecedent, commas = words[whose.index - 2], [w.index for w in words[whose.index + 1:verb.index] if w.text == ","]
    main = words[antecedent.head] if antecedent.head >= 0 else None
    if main is None or main.head != verb.index or main.deprel != "ccomp" or main.index > antecedent.index \
            or antecedent.upos not in ("NOUN", "PROPN") or len(commas) != 2 or commas[1] != verb.index - 1:
        return
    title, name = words[commas[0] - 1], words[commas[0] + 1]
    if title.upos != "NOUN" or name.upos != "PROPN" \
            or not all(w.upos in ("PROPN", "PUNCT") for w in words[name.index:verb.index - 1]):
        return
    main.head, main.deprel, verb.head, verb.deprel = verb.head, verb.deprel, antecedent.index, "acl:relcl"
    for word in words:
        if word.head == verb.index and word.upos == "PUNCT" and word.index > verb.index and word.text in ".!?":
            word.head = main.index  # the full stop
    for word in words[whose.index:title.index]:
        word.head, word.deprel = title.index, "nmod:poss" if word is whose else "compound"
    title.head, title.deprel, name.head, name.deprel = verb.index, "nsubj", title.index, "appos"
    for word in words[name.index + 1:verb.index - 1]:
        word.head, word.deprel = name.index, "punct" if word.upos == "PUNCT" else "flat"
    words[commas[0]].head = words[commas[1]].head = name.index


def repair_relative_verbs(words: list[Word]) -> None:
    """Tag as a verb a word tagged as a noun right after a relative "who" that is its subject, made an apposition
    ("Sue Evans, who lives near the site,": "lives" the plural of "life", so the clause was her role); run again after
    the repairs that make such a word an apposition ('"...," said Jane Cooper, who lives nearby.')."""
    for w in words:
        if w.upos == "NOUN" and w.deprel == "appos" and w.text.islower() and w.text.endswith("s") and w.index > 0 \
                and words[w.index - 1].text.lower() == "who" and words[w.index - 1].head == w.index \
                and words[w.index - 1].deprel == "nsubj":
            w.upos, w.xpos, w.lemma, w.deprel = "VERB", "VBZ", w.text[:-1], "acl:relcl"
