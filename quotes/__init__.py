"""quotes: find every quotation in news articles, attribute it to its speaker, label its stance.

Python entry points:

- :func:`extract` -- the quotation records of one text;
- :func:`extract_articles` -- stream many articles (models loaded once);
- :func:`load_pipeline` -- the configured offline stanza pipeline;
- :func:`analyze` -- a :class:`Corpus` of pandas tables over files, folders or articles;
  :func:`load` reads a saved one back;
- :func:`classify_stance` -- the stance of one sentence towards one target span.
"""

from quotes.corpus import Corpus, analyze, load
from quotes.extraction import DocumentResult, extract, extract_articles
from quotes.model_files import ModelsError
from quotes.parsing import load_pipeline
from quotes.reading import Article, InputError, article_from_text, read_articles
from quotes.records import QUOTATION_FIELDS, Quotation
from quotes.stance import classify_stance

__all__ = ["Article", "Corpus", "DocumentResult", "InputError", "ModelsError", "QUOTATION_FIELDS", "Quotation",
           "analyze", "article_from_text", "classify_stance", "extract", "extract_articles", "load",
           "load_pipeline", "read_articles"]
__version__ = "0.1.0"
