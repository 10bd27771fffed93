/** Places: toponym recognition and offline geocoding against the shipped GeoNames gazetteer. */
export { placeStage, findPlaces } from './stage.js';
export { aggregatePlaces, toGeoJSON, type AggregatedPlace, type AggregateOptions, type PlaceFeatureCollection } from './aggregate.js';
export { gazetteer, type Gazetteer, type GazetteerEntry } from './gazetteer.js';
export { distanceKm } from './distance.js';
