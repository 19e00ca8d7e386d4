"""What cites a record: every model with a foreign key to it, found from the models themselves.

A paragraph is cited by decisions, officers, participants, history events, progress reports,
survey rows... A document page lists them all under each paragraph without naming them: a new
model with a foreign key to ``Paragraph`` appears there with no change to the page. Each citing
model says with ``CITED_WITH`` which relations its ``__str__`` and ``get_absolute_url`` use, so
listing the citations of any number of records costs one query per citing model.
"""


def citing_relations(model):
    """The reverse foreign keys to ``model``, except hidden ones (``related_name="+"``, and
    the history tables')."""
    return [
        relation
        for relation in model._meta.related_objects
        if relation.one_to_many and not relation.hidden
    ]


def attach_citations(objects):
    """Set ``citations`` on each of ``objects`` (records of one model): [(kind of record,
    [records])] that cite it, kinds that cite it not at all left out. One query per citing
    model, whatever the number of objects."""
    objects = list(objects)
    if not objects:
        return objects
    by_pk = {obj.pk: obj for obj in objects}
    found = {pk: [] for pk in by_pk}
    for relation in citing_relations(type(objects[0])):
        field = relation.field
        rows = relation.related_model._default_manager.for_citation().filter(
            **{f"{field.name}__in": list(by_pk)}
        )
        grouped = {}
        for row in rows:
            cited = by_pk[getattr(row, field.attname)]
            field.set_cached_value(row, cited)  # what a row shows of it needs no query
            grouped.setdefault(cited.pk, []).append(row)
        model = relation.related_model
        cited_as = getattr(model, "cited_as", None)
        for pk, cited in grouped.items():
            label = cited_as(cited) if cited_as else model._meta.verbose_name_plural
            found[pk].append((label, cited))
    for obj in objects:
        obj.citations = found[obj.pk]
    return objects
