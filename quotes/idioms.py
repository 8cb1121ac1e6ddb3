"""Idioms built on reporting verbs: small pure functions over one :class:`quotes.parsing.Sentence`.

Set phrases whose reporting verb does not report in the usual way: some report nothing ("it goes without saying",
"X is to blame"), some make more words part of the cue ("as X put it", "made it clear that", "expressed concern
that", "showed no sign of", "issued a statement saying") or pass the subject on ("went on to say"). Used by
``quotes.cues``, ``quotes.cue_content``, ``quotes.cue_speakers`` and the learned cue model's candidates.
"""

from __future__ import annotations

from quotes.clauses import cue_lemma, has_that
from quotes.lexicon import QUOTE_CHARS, SPEECH_VERBS
from quotes.mentions import withholds_name
from quotes.parsing import Sentence, Word


# Kinds of programme before "show" ("TV show", "talk show host"): there "show" is the noun.
SHOW_KINDS = frozenset("tv television talk reality morning radio cable quiz variety comedy cooking late-night "
                       "daytime".split())

# What one seeks without saying anything: an office ("seeking the nomination") or a comment from a reporter.
SOUGHT_OFFICES = frozenset("nomination presidency house seat term office comment".split())


# What shares do in a market headline ("Nvidia shares jump as ...", "Shares slide"): the noun "shares" before
# one of these is no verb of sharing.
MARKET_MOVES = frozenset("""jump rise fall drop slide surge soar tumble climb sink plunge rally gain dip slip sag slump
rebound spike edge hit extend""".split())


# What a maker recalls when it takes products back ("Toyota is recalling about 1 million vehicles").
RECALLED_GOODS = frozenset("""vehicle car truck suv van model product unit device phone battery charger toy pound
drug medicine pill tablet food batch lot airbag seat chicken beef pork meat sausage burger salad sandwich cheese milk
egg flour yoghurt yogurt snack""".split())
LARGE_NUMBERS = frozenset("hundred hundreds thousand thousands million millions billion".split())
# What one claims without saying anything: lives a disaster takes, a prize won, money asked back ("the storm claimed
# three lives", "claimed the title", "claimed thousands of pounds in expenses"; not "claimed victory").
CLAIMED_THINGS = frozenset("""life title seat prize medal trophy crown championship jackpot refund benefit expense
compensation pound dollar euro $ £ €""".split())


REPORTED_STATES = frozenset("missing lost stolen".split())  # "reported missing", "reported stolen": a report to the
# police (but "reported dead" tells news from someone)
# Verbs of attack that are blows when their target follows "into" ("the storm slammed into the coast").
IMPACT_VERBS = frozenset("slam smash crash plow plough".split())


def reports_nothing(sentence: Sentence, word: Word) -> bool:
    """A reporting verb in an idiom that reports nothing: "it goes without saying that ..." (the writer's aside),
    "the reality TV show" (a noun the tagger took for a verb), "seeking the nomination" (a race), "the media are to
    blame for ..." (the subject is blamed, not blaming), "who is challenging Sen. Ron Johnson" (a race, not a
    dispute: no "to", "about", "over" or "on" phrase), "Nvidia shares jump" (the noun, in a headline, taken for a
    verb), "the storm slammed into the coast" (a blow), "Toyota recalls 1 million vehicles" (a product recall), "the
    fire claimed three lives" (``CLAIMED_THINGS``), "the victim, named as Jamal Edwards" (who, not what was said),
    "to charge drivers to enter" (a fee), "who did not want to be named", "who asked that her name not be used" and
    "who spoke on condition of anonymity to discuss ..." (why a name is missing), "called off a strike", "was
    reported missing" (a state, ``REPORTED_STATES``), "released its first birds" (``FREED``), "can write code"
    (``UNSAID_WRITINGS``), "hit his head" (``BODY_PARTS``)."""
    lemma, kids = cue_lemma(word), sentence.children(word.index)
    if word.text.lower() == "shares" and any(k.deprel == "obj" and k.lemma.lower() in MARKET_MOVES for k in kids):
        return True
    if lemma in IMPACT_VERBS and any(k.deprel == "obl" and any(c.deprel == "case" and c.lemma.lower() == "into"
                                                               for c in sentence.children(k.index)) for k in kids):
        return True  # "Hurricane Milton slammed into Florida's Gulf Coast": a blow, not words
    if lemma == "show" and word.index > 0 and sentence.words[word.index - 1].text.lower() in SHOW_KINDS:
        return True  # "the reality TV show", "a talk show host": a programme the tagger took for a verb
    if lemma == "seek" and any(k.deprel == "obj" and k.lemma.lower() in SOUGHT_OFFICES for k in kids):
        return True  # "the Republicans seeking the presidency", "emails seeking comment": a race, a request
    if lemma == "challenge":  # "Tim Canova, who is challenging Rep. Debbie Wasserman Schultz": a race
        return any(k.deprel == "obj" and (k.upos == "PROPN" or k.lemma.lower() in ("he", "she", "they"))
                   for k in kids) and not any(_challenge_phrase(sentence, k) for k in kids)
    if lemma == "recall" and any(k.deprel == "obj" and (k.lemma.lower() in RECALLED_GOODS | LARGE_NUMBERS or any(
            c.deprel == "nummod" and (any(ch.isdigit() for ch in c.text) or c.lemma.lower() in LARGE_NUMBERS)
            or c.deprel == "nmod" and c.lemma.lower() in RECALLED_GOODS for c in sentence.children(k.index)))
            for k in kids):
        return True  # "Toyota is recalling about 1 million vehicles", "some of its chicken products": products taken
        # back, not a memory told
    if lemma == "claim" and any(k.deprel == "obj" and _counted_or_claimed(k) for k in kids):
        return True  # "The fire claimed three lives", "claimed thousands of pounds": taken, not said
    if lemma == "name" and word.xpos == "VBN" and not any(k.deprel.startswith("nsubj") for k in kids) and any(
            k.upos == "PROPN" and k.deprel in ("obl", "xcomp") and any(c.deprel == "case" and c.lemma.lower() == "as"
                                                                       for c in sentence.children(k.index))
            for k in kids):
        return True  # "The victim, named locally as Jamal Edwards,": who the victim was, not what anyone said
    if lemma == "charge" and any(k.deprel in ("xcomp", "advcl") and k.xpos == "VB" and any(
            c.deprel == "mark" and c.lemma.lower() == "to" for c in sentence.children(k.index)) for k in kids):
        return True  # "the first city to charge drivers to enter": a fee, not an accusation
    if any(k.deprel == "xcomp" and k.lemma.lower() in ("name", "identify") and any(
            c.deprel == "aux:pass" for c in sentence.children(k.index)) for k in kids):
        return True  # "who did not want to be named", "declined to be identified": why the name is missing
    if lemma == "ask" and any(k.deprel == "ccomp" and withholds_name(sentence.subtree(k.index)) for k in kids):
        return True  # "who asked that her real name not be used": why the name is missing
    if lemma in ("discuss", "speak", "talk", "comment") and word.head >= 0 \
            and any(k.deprel == "mark" and k.lemma.lower() == "to" for k in kids):
        head = sentence.words[word.head]  # "who spoke on condition of anonymity to discuss intelligence", "because
        if head.lemma.lower() in ANONYMOUS_GROUNDS or any(  # he was not authorized to speak publicly": why the
                w.lemma.lower() in ANONYMOUS_GROUNDS for w in sentence.subtree(head.index)):  # name is missing
            return True
    if lemma == "call" and any(k.deprel == "obj" and (k.text in EMERGENCY_NUMBERS or k.lemma.lower() in RESCUERS)
                               and not any(c.deprel in ("nmod:unmarked", "appos") for c in sentence.children(k.index))
                               for k in kids) and not any(k.deprel == "xcomp" for k in kids):
        return True  # "two walkers, who called 999", "had called a doctor": a call for help, not words reported
        # (but "called the doctor a liar")
    after = sentence.words[word.index + 1] if word.index + 1 < len(sentence.words) else None
    unspoken = UNSPOKEN_PARTICLES.get(lemma, ())
    if after is not None and after.text.lower() in unspoken \
            or any(k.deprel == "compound:prt" and k.text.lower() in unspoken for k in kids):
        return True  # "The union has called off a strike", "can choose to call it in": no call made
    if lemma == "release" and any(k.deprel in ("obj", "nsubj:pass") and k.lemma.lower() in FREED for k in kids):
        return True  # "released its first birds in 2016", "the hostages were released": set free, not made public
    if lemma in ("hit", "strike", "bang", "bump") and any(k.deprel == "obj" and k.lemma.lower() in BODY_PARTS
                                                          for k in kids):
        return True  # "fell, hit his head on the kerb": a blow, not an attack in words
    if lemma == "write" and any(k.deprel == "obj" and k.lemma.lower() in UNSAID_WRITINGS for k in kids):
        return True  # "a model that can write code": made, not said
    if lemma == "report" and any(k.deprel in ("xcomp", "obj") and k.text.lower() in REPORTED_STATES for k in kids):
        return True  # "after she was reported missing": a person's state, not anyone's words
    if lemma == "blame":
        return any(k.deprel == "mark" and k.lemma.lower() == "to" for k in kids) \
            and any(k.deprel in ("aux", "cop") and k.lemma.lower() == "be" for k in kids)
    return lemma == "say" and word.head >= 0 and sentence.words[word.head].lemma.lower() == "go" \
        and any(k.deprel == "mark" and k.lemma.lower() == "without" for k in kids)


EMERGENCY_NUMBERS = frozenset("999 911 112 000 111 101".split())  # "called 999": for help
RESCUERS = frozenset("police ambulance doctor paramedic coastguard firefighter".split())  # "called an ambulance"
BODY_PARTS = frozenset("head face body chest leg arm neck back knee shoulder hand foot".split())
UNSAID_WRITINGS = frozenset("code software program programme script".split())
FREED = frozenset("hostage prisoner detainee captive inmate suspect bird animal chick fish model product".split())
UNSPOKEN_PARTICLES = {"call": ("off", "up", "in"), "look": ("up",)}  # a reporting verb's particles that make it
# report nothing ("called off a strike", "to look up details of women")
ANONYMOUS_GROUNDS = frozenset("anonymity anonymously authorize authorise allow permit".split())


def _counted_or_claimed(obj: Word) -> bool:
    """The object of "claim" is one of ``CLAIMED_THINGS`` or a large number ("thousands of pounds")."""
    return obj.lemma.lower() in CLAIMED_THINGS | LARGE_NUMBERS or obj.upos == "NUM"


def asks_the_reader(sentence: Sentence, word: Word) -> bool:
    """``word`` is the verb of a question that opens with its auxiliary and has "you" for subject ("Do you support
    Ted Cruz?", "Would you say ...?"). Opening a paragraph, such a question is the writer's to the reader, not
    anyone's report; an interviewer's ("Q: But he's a socialist. Do you think ...?") follows its lead-in."""
    words = sentence.words
    if not words or words[-1].text != "?" or words[0].head != word.index or words[0].upos != "AUX":
        return False
    return any(k.deprel.startswith("nsubj") and k.text.lower() == "you" for k in sentence.children(word.index))


def _challenge_phrase(sentence: Sentence, kid: Word) -> bool:
    """A dependent of "challenge" that makes it a dispute: a clause ("challenged him to prove ...") or a phrase
    opened by "to", "about", "over" or "on" ("challenged Trump to a debate", "challenged Sanders on ...")."""
    return kid.deprel in ("xcomp", "advcl") or kid.deprel.startswith("obl") and any(
        c.deprel == "case" and c.lemma.lower() in ("to", "about", "over", "on") for c in sentence.children(kid.index))


def is_as_put_it(sentence: Sentence, verb: Word) -> bool:
    """The idiom "as X put it" ('"a lawful source of investment income," as a Homeland Security memo put it'):
    a report whose "it" is part of the cue."""
    kids = sentence.children(verb.index)
    return cue_lemma(verb) == "put" and any(k.deprel == "obj" and k.lemma.lower() == "it" for k in kids) \
        and any(k.deprel == "mark" and k.lemma.lower() == "as" for k in kids)


def is_go_on_to_clause(sentence: Sentence, verb: Word) -> bool:
    """A verb in an infinitive clause of "go" ("went on to say", "goes on to explain"): it shares
    that verb's subject and the clauses the parse hangs on it."""
    return verb.deprel == "advcl" and verb.head >= 0 and sentence.words[verb.head].lemma.lower() == "go" and any(
        k.deprel == "mark" and k.lemma.lower() == "to" for k in sentence.children(verb.index))


def made_clear(sentence: Sentence, verb: Word) -> Word | None:
    """The clause of "made (it) clear that ...", which the parse hangs on "clear": the cue runs to "clear"
    (the clause's head), the clause is the report."""
    if verb.lemma.lower() != "make":
        return None
    clear = next((k for k in sentence.children(verb.index) if k.deprel == "xcomp" and k.lemma.lower() == "clear"
                  and k.index <= verb.index + 2), None)
    return next((k for k in sentence.children(clear.index) if k.deprel == "ccomp"), None) if clear else None


def in_a_statement(sentence: Sentence, verb: Word) -> Word | None:
    """The "statement" of "said in a statement" (or "in its statement", "in a joint statement") right after the
    verb, which PolNeAR takes into the cue more often than not (39 times against 25 on train 120-840; not "in an
    interview": 13 against 39)."""
    words = sentence.words
    noun = next((k for k in sentence.children(verb.index) if k.deprel == "obl" and k.lemma.lower() == "statement"
                 and k.index <= verb.index + 4), None)
    if noun is None or words[verb.index + 1].lemma.lower() != "in" or words[verb.index + 1].head != noun.index:
        return None
    between = words[verb.index + 2:noun.index]
    return noun if all(w.head == noun.index and w.upos in ("DET", "PRON", "ADJ") for w in between) else None


def expressed_feeling(sentence: Sentence, verb: Word) -> tuple[Word, list[Word]] | None:
    """``(last cue word, report)`` of "expressed concern that ...", "expressed sympathy for ...": the feeling
    and its preposition belong to the cue, the clause or phrase after it is the report (as PolNeAR marks it;
    not when an adjective qualifies the feeling, "expressed particular concern over ...")."""
    if cue_lemma(verb) not in ("express", "voice"):
        return None
    feeling = next((k for k in sentence.children(verb.index) if k.deprel == "obj" and k.upos == "NOUN"
                    and k.index > verb.index), None)
    if feeling is None or any(k.deprel == "amod" for k in sentence.children(feeling.index)):
        return None
    return _feeling_and_report(sentence, verb, feeling)


DISPOSITION_NOUNS = frozenset("sign signs inclination interest respect enthusiasm hint hints willingness desire "
                              "appetite indication patience".split())
SCANT = frozenset("no little limited any few subtle".split())


def shown_disposition(sentence: Sentence, verb: Word) -> tuple[Word, list[Word]] | None:
    """``(last cue word, report)`` of "showed no sign of backing down", "shows little inclination to change",
    "showed limited enthusiasm for Mr. Trump": the disposition shown (scant, as such phrases say it) and its
    preposition belong to the cue, the clause or phrase after it is the report, as with
    :func:`expressed_feeling`."""
    if cue_lemma(verb) != "show":
        return None
    shown = next((k for k in sentence.children(verb.index) if k.deprel == "obj" and k.index > verb.index
                  and k.text.lower() in DISPOSITION_NOUNS), None)
    if shown is None or not any(k.text.lower() in SCANT and k.deprel in ("det", "amod")
                                for k in sentence.children(shown.index)):
        return None
    return _feeling_and_report(sentence, verb, shown)


def _feeling_and_report(sentence: Sentence, verb: Word, feeling: Word) -> tuple[Word, list[Word]] | None:
    """The last cue word and the report of a feeling shown or expressed: a clause or a prepositional phrase
    right after the feeling noun, hung on the noun or on the verb."""
    for kid in sentence.children(feeling.index) + sentence.children(verb.index):  # the phrase on either
        first = sentence.subtree(kid.index)[0]
        if first.index != feeling.index + 1:
            continue
        if kid.deprel in ("acl", "acl:relcl", "ccomp") and (has_that(sentence, kid) or first.lemma.lower() == "to"):
            return feeling, sentence.subtree(kid.index)  # "expressed confidence that ...", "a desire to ..."
        if (kid.deprel in ("nmod", "obl") and first.deprel == "case" or kid.deprel == "acl" and first.deprel == "mark"
                and first.upos in ("ADP", "SCONJ") and first.lemma.lower() not in ("that", "to")) \
                and first.head == kid.index:
            return first, sentence.subtree(kid.index)[1:]  # "expressed sympathy for the Islamic State", "no sign of
            # backing down" (a gerund parsed as a clause)
    return None


def free_relative_head(sentence: Sentence, verb: Word, speaker: Word | None, content: list[Word]) -> Word | None:
    """The "what" that opens a free relative whose verb is the cue, before its speaker ("what officials called a
    hate crime", "what Sanders wanted to hear", "what economists call spending"): PolNeAR's report runs from it,
    over the speaker and the cue. Not when the report holds a quotation mark (there PolNeAR mostly keeps the quote
    alone: 'what he called "our arguments this year"')."""
    if speaker is None or not content or min(w.index for w in content) < verb.index \
            or any(w.text in QUOTE_CHARS for w in content):
        return None
    first = sentence.subtree(speaker.index)[0]
    what = sentence.words[first.index - 1] if first.index > 0 else first
    if first.lemma.lower() == "what" and first.head == speaker.index:  # "what" parsed as the speaker's determiner
        what = first
    if what.lemma.lower() != "what" or what in content:
        return None
    return what if verb.deprel == "acl:relcl" and verb.head == what.index or what.head == speaker.index else None


def statement_participle(sentence: Sentence, verb: Word) -> Word | None:
    """The participle of "issued a statement saying ...", "released a statement Wednesday calling ...": the
    verb, its statement and the participle are one cue, whose report is the participle's (as PolNeAR marks it)."""
    statement = next((k for k in sentence.children(verb.index) if k.deprel == "obj" and k.index > verb.index
                      and k.lemma.lower() in ("statement", "letter", "memo")), None)
    if statement is None:
        return None
    return next((k for k in sentence.children(statement.index) + sentence.children(verb.index)
                 if k.index > statement.index and k.xpos == "VBG" and k.deprel in ("acl", "advcl", "xcomp")
                 and cue_lemma(k) in SPEECH_VERBS and k.index - statement.index <= 5), None)
