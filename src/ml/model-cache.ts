/**
 * Models loaded once per language, on first use, and kept for the life of the process; `use`
 * installs a model directly (a freshly trained one, before it is shipped).
 */
export interface ModelCache<M, L extends string = string> {
  get(lang: L): M;
  use(lang: L, model: M): void;
}

export function modelCache<M, L extends string = string>(load: (lang: L) => M): ModelCache<M, L> {
  const loaded = new Map<L, M>();
  return {
    get(lang) {
      let model = loaded.get(lang);
      if (model === undefined) {
        model = load(lang);
        loaded.set(lang, model);
      }
      return model;
    },
    use(lang, model) {
      loaded.set(lang, model);
    },
  };
}
