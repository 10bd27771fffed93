import { api } from '../api.js';
import { h } from '../dom.js';
import { href, navigate } from '../router.js';
import { worldMap } from '../world.js';

/** The corpus's resolved places on the world map; a place opens the articles that mention it. */
export async function mapView(): Promise<HTMLElement> {
  const { places } = await api.places();
  return h('div', { class: 'view map-view' },
    h('h1', {}, 'Places in the corpus'),
    worldMap(places.map((place) => ({
      lat: place.lat, lon: place.lon, label: place.name, weight: place.mentions,
      onSelect: () => navigate('search', undefined, { place: place.geonameid }),
    })), places.length
      ? `${places.length} places; circle size: mentions. Select one to see its articles.`
      : 'No resolved places yet: the records have no places layer, or it resolved nothing.'),
    h('ol', { class: 'place-list' }, ...places.slice(0, 50).map((place) => h('li', {},
      h('a', { href: href('search', undefined, { place: place.geonameid }) }, place.name),
      h('span', { class: 'note' }, ` ${place.country ?? ''} · ${place.mentions} mention${place.mentions === 1 ? '' : 's'} in ${place.documents.length} article${place.documents.length === 1 ? '' : 's'}`)))));
}
