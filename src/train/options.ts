export interface TrainOptions {
  /** Seed of the shuffling; training is deterministic for a given seed. */
  seed?: number;
  log?: (line: string) => void;
  /** Where to write the model (default: the shipped location models/<lang>/<task>.bin.gz). */
  outputPath?: string;
  /** Attribution: train without this sixth (1–6) of the training corpus and score that sixth instead of dev. */
  holdOut?: number;
}

export interface TrainResult {
  modelPath: string;
  devScores: Record<string, number>;
  seconds: number;
}
