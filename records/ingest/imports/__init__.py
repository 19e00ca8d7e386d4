"""The report import's review and publication: from an uploaded file to published records.

- ``start``: reads an upload (or a file given to ``import_report``) into a draft stored as a
  ``records.ReportImport``; refuses bad input with a message and writes nothing;
- ``review``: the reviewer's word on each drafted decision (accept, correct, reject, add) and
  agenda item, and the draft as reviewed (decisions, agenda items, the history events they
  imply, the records they would create);
- ``plan``: the reviewed draft as records in the fixture format (model labels as strings,
  natural keys), compared with the records already in the database (new, changed field by
  field, missing, changed by staff since they were last loaded);
- ``publish``: publishing (one transaction, through ``records.ingest.loader.load_objects``) and
  discarding;
- ``admin``: the upload form and the review page in the admin.

Like the rest of the kernel, this names the other apps' models by label only.
"""
