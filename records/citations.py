"""What cites a record: every model with a foreign key to it, found from the models themselves.

A paragraph is cited by decisions, officers, participants, history events, progress reports,
survey rows... A document page lists them all under each paragraph without naming them: a new
model with a foreign key to ``Paragraph`` appears there with no change to the page. Each citing
model says with ``CITED_WITH`` which relations its ``__str__`` and ``get_absolute_url`` use, so
listing the citations costs one query per citing model, whatever the number of rows.
"""

from django.db.models import Prefetch


def citing_relations(model):
    """The reverse foreign keys to ``model``, except hidden ones (``related_name="+"``, and
    the history tables')."""
    return [
        relation
        for relation in model._meta.related_objects
        if relation.one_to_many and not relation.hidden
    ]


def prefetch_citations(model):
    """Prefetches of every citing relation, each with what its rows show selected."""
    return [
        Prefetch(
            relation.get_accessor_name(),
            queryset=relation.related_model._default_manager.for_citation(),
        )
        for relation in citing_relations(model)
    ]


def citations(obj):
    """[(kind of record, [records])] that cite ``obj``, from the prefetched relations; kinds
    that cite it not at all are left out. A citing model may name its rows itself with a
    ``cited_as(rows)`` classmethod (decisions that are all proposals are "proposals")."""
    found = []
    for relation in citing_relations(type(obj)):
        rows = list(getattr(obj, relation.get_accessor_name()).all())
        if rows:
            model = relation.related_model
            cited_as = getattr(model, "cited_as", None)
            found.append((cited_as(rows) if cited_as else model._meta.verbose_name_plural, rows))
    return found
