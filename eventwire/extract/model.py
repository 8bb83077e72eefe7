"""A trainable event-typing model: TF-IDF word and character n-grams + logistic regression.

`eventwire train FILE.csv --out PATH` fits it on a user's own labelled ACLED export (`notes` +
`sub_event_type`) and saves it; `--model PATH` / EVENTWIRE_MODEL loads it at extraction.

Whether a sentence reports an event at all stays with the packaged rules (non-event markers,
out-of-scope topics, and the presence of a conflict cue): an export holds only events, so it
cannot teach the model what is not one.  The model then picks the sub-event type; when its
probability is below `min_probability` the rules' own type is kept.
"""

from __future__ import annotations

import csv
import datetime as dt
import pickle
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.errors import ModelError
from eventwire.records import SUB_EVENT_TO_TYPE

FORMAT = "eventwire-typing-model"
VERSION = 1


class ModelFileError(ModelError):
    """A typing model or training file that cannot be used."""


@dataclass(frozen=True)
class TrainingSet:
    texts: list[str]
    labels: list[str]
    skipped: list[str] = field(default_factory=list)  # "FILE:LINE: reason" per unusable row


def read_training_csv(path: Path | str) -> TrainingSet:
    """Rows with non-empty notes and a known ACLED sub_event_type; others are reported, not used."""
    path = Path(path)
    try:
        handle = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise ModelFileError(f"{path}: cannot read the training file ({exc.strerror}).") from exc
    with handle:
        reader = csv.DictReader(handle)
        missing = {"notes", "sub_event_type"} - set(reader.fieldnames or [])
        if missing:
            raise ModelFileError(f"{path}: the training CSV needs columns notes and sub_event_type; "
                                 f"missing {', '.join(sorted(missing))}.")
        texts, labels, skipped = [], [], []
        for line, row in enumerate(reader, start=2):
            note, label = (row.get("notes") or "").strip(), (row.get("sub_event_type") or "").strip()
            if not note:
                skipped.append(f"{path}:{line}: empty notes")
            elif label not in SUB_EVENT_TO_TYPE:
                skipped.append(f"{path}:{line}: unknown sub_event_type {label!r}")
            else:
                texts.append(note)
                labels.append(label)
    return TrainingSet(texts, labels, skipped)


def _pipeline():
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline
    from sklearn.feature_extraction.text import TfidfVectorizer

    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True)),
    ])
    return make_pipeline(features, LogisticRegression(max_iter=2000, C=5.0, class_weight="balanced"))


@dataclass
class TypingModel:
    """A fitted classifier plus the metadata saved with it."""

    classifier: object
    labels: list[str]
    trained_on: str
    rows: int
    min_probability: float = 0.35
    created: str = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))

    @classmethod
    def fit(cls, data: TrainingSet, source: str = "", min_probability: float = 0.35) -> "TypingModel":
        counts = Counter(data.labels)
        if len(counts) < 2:
            raise ModelFileError(f"{source or 'training data'}: need at least two sub_event_types with "
                                 f"labelled notes; found {dict(counts) or 'none'}.")
        classifier = _pipeline()
        try:
            classifier.fit(data.texts, data.labels)
        except ValueError as exc:  # e.g. too few rows for min_df
            classifier.set_params(featureunion__words__min_df=1, featureunion__chars__min_df=1)
            try:
                classifier.fit(data.texts, data.labels)
            except ValueError as again:
                raise ModelFileError(f"{source or 'training data'}: cannot fit the typing model: {again}") from exc
        return cls(classifier=classifier, labels=sorted(counts), trained_on=source, rows=len(data.texts),
                   min_probability=min_probability)

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        """The most probable sub-event type of each text, with its probability."""
        if not texts:
            return []
        probabilities = self.classifier.predict_proba(texts)
        classes = list(self.classifier.classes_)
        return [(classes[row.argmax()], float(row.max())) for row in probabilities]

    def sentence_type(self, text: str) -> str | None:
        """The rules decide whether there is an event; the model decides which type."""
        from eventwire.extract.typing import rule_type

        ruled = rule_type(text)
        if ruled is None:  # no event, in the rules' judgement: no cue, a non-event or out of scope
            return None
        label, probability = self.predict([text])[0]
        return label if probability >= self.min_probability else ruled

    def save(self, path: Path | str) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = {"format": FORMAT, "version": VERSION, "labels": self.labels, "trained_on": self.trained_on,
                   "rows": self.rows, "min_probability": self.min_probability, "created": self.created,
                   "classifier": self.classifier}
        with open(path, "wb") as handle:
            pickle.dump(payload, handle, protocol=pickle.HIGHEST_PROTOCOL)
        return path

    @classmethod
    def load(cls, path: Path | str) -> "TypingModel":
        """Load a model saved by `save`.  Only load model files you made or trust (pickle)."""
        path = Path(path)
        try:
            with open(path, "rb") as handle:
                payload = pickle.load(handle)
        except OSError as exc:
            raise ModelFileError(f"{path}: cannot read the typing model ({exc.strerror}); "
                                 "make one with `eventwire train FILE.csv --out PATH`.") from exc
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError) as exc:
            raise ModelFileError(f"{path}: not a typing model saved by `eventwire train` ({exc}).") from exc
        if not isinstance(payload, dict) or payload.get("format") != FORMAT:
            raise ModelFileError(f"{path}: not a typing model saved by `eventwire train`.")
        if payload.get("version") != VERSION:
            raise ModelFileError(f"{path}: typing model format version {payload.get('version')}, this eventwire "
                                 f"reads version {VERSION}; retrain it with `eventwire train`.")
        return cls(classifier=payload["classifier"], labels=payload["labels"], trained_on=payload["trained_on"],
                   rows=payload["rows"], min_probability=payload["min_probability"], created=payload["created"])


def train(csv_path: Path | str, out: Path | str, min_probability: float = 0.35) -> tuple[TypingModel, TrainingSet]:
    """Fit a typing model on a labelled ACLED export and save it to `out`."""
    data = read_training_csv(csv_path)
    model = TypingModel.fit(data, source=str(csv_path), min_probability=min_probability)
    model.save(out)
    return model, data
