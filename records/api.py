"""What every endpoint of the read-only API shares: pagination, errors, site links, search."""

from django.http import JsonResponse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiExample,
    OpenApiParameter,
    extend_schema,
    extend_schema_field,
    extend_schema_view,
)
from rest_framework import filters, pagination, serializers
from rest_framework.views import exception_handler as drf_exception_handler


class Pagination(pagination.PageNumberPagination):
    """count, next, previous, results; ?page= and ?page_size= (at most 500)."""

    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


def exception_handler(exc, context):
    """DRF's errors, always as JSON with a "detail" message."""
    response = drf_exception_handler(exc, context)
    if response is not None and isinstance(response.data, dict) and "detail" not in response.data:
        response.data = {"detail": "Invalid filter or parameter.", "errors": response.data}
    return response


def not_found(request, *args, **kwargs):
    """Any address under /api/ that names no endpoint or record."""
    return JsonResponse({"detail": "Not found."}, status=404)


class Search(filters.SearchFilter):
    """DRF's ?search=, with characters no database text can hold taken out."""

    def get_search_terms(self, request):
        terms = super().get_search_terms(request)
        return [term.replace("\x00", "") for term in terms[:10] if term.replace("\x00", "")]


@extend_schema_field(OpenApiTypes.URI)
class SiteURLField(serializers.Field):
    """The absolute address of the object's page on the site."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, obj):
        request = self.context.get("request")
        path = obj.get_absolute_url()
        return request.build_absolute_uri(path) if request else path


def identifier_example(name, kind, value):
    """Document a detail route's identifier with a real example (`/api/tasks/67/`)."""
    parameter = OpenApiParameter(
        name, kind, OpenApiParameter.PATH, examples=[OpenApiExample(str(value), value=value)]
    )
    return extend_schema_view(retrieve=extend_schema(parameters=[parameter]))
