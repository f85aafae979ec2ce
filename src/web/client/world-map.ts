import countryIds from 'virtual:country-ids';
import L from 'leaflet';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

type Ring = number[][];

/** Rings that cross the antimeridian (Russia, Fiji) are drawn on one side, not across the map. */
function unwrap(ring: Ring): Ring {
  const longitudes = ring.map((p) => p[0] ?? 0);
  if (Math.max(...longitudes) - Math.min(...longitudes) <= 180) return ring;
  return ring.map(([lng = 0, lat = 0]) => [lng < 0 ? lng + 360 : lng, lat]);
}

function unwrapGeometry(geometry: GeoJSON.Geometry): void {
  if (geometry.type === 'Polygon') geometry.coordinates = geometry.coordinates.map(unwrap);
  if (geometry.type === 'MultiPolygon') {
    geometry.coordinates = geometry.coordinates.map((polygon) => polygon.map(unwrap));
  }
}

const ANTARCTICA = '010';

/** A world map of event counts per country, drawn offline from Natural Earth (world-atlas). */
export function drawWorld(
  container: HTMLElement,
  counts: ReadonlyMap<string, number>,
  onCountry: (iso3: string) => void,
): () => void {
  const topology = world as unknown as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries);
  countries.features = countries.features.filter((country) => String(country.id) !== ANTARCTICA);
  for (const country of countries.features) unwrapGeometry(country.geometry);
  const most = Math.max(1, ...counts.values());
  const map = L.map(container, { worldCopyJump: false, attributionControl: true, zoomSnap: 0.25 });
  map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
  const layer = L.geoJSON(countries, {
    style: (country) => {
      const n = counts.get(countryIds[String(country?.id)] ?? '') ?? 0;
      return {
        weight: 0.6,
        color: '#555',
        fillColor: n > 0 ? '#b35806' : '#eee',
        fillOpacity: n > 0 ? 0.25 + (0.7 * n) / most : 1,
      };
    },
    onEachFeature: (country, countryLayer) => {
      const iso3 = countryIds[String(country.id)];
      const n = iso3 ? (counts.get(iso3) ?? 0) : 0;
      countryLayer.bindTooltip(
        `${country.properties?.name ?? ''}: ${n} event${n === 1 ? '' : 's'}`,
      );
      if (iso3) countryLayer.on('click', () => onCountry(iso3));
      // 177 shapes in the Tab order would bury the controls; the table below lists the same links.
      countryLayer.on('add', () =>
        (countryLayer as L.Path).getElement()?.setAttribute('tabindex', '-1'),
      );
    },
  }).addTo(map);
  map.fitBounds(layer.getBounds(), { padding: [4, 4] });
  return () => map.remove();
}
