"""Place mentions geocoded with an offline gazetteer (country, ADM1, lat/lon)."""

from foedus.places.extract import find_places
from foedus.places.geocode import geocode
from foedus.places.gazetteer import gazetteer

__all__ = ["find_places", "geocode", "gazetteer"]
