import type { Command } from 'commander';
import { language, oneOf, positiveInteger } from '../options.js';

const TRAIN_TASKS = ['pos', 'parse', 'ner'] as const;
type TrainTask = (typeof TRAIN_TASKS)[number];

export function registerTrain(program: Command): void {
  program.command('train')
    .description('train a model from ../shared/data (reproducible: fixed seed) and write it to models/<lang>/')
    .argument('<task>', TRAIN_TASKS.join(' | '), oneOf(...TRAIN_TASKS))
    .requiredOption('--lang <code>', 'fr or en', language)
    .option('--seed <n>', 'random seed', positiveInteger, 1)
    .option('--out <file>', 'write the model here instead of the shipped location')
    .action(async (task: TrainTask, options: { lang: 'fr' | 'en'; seed: number; out?: string }) => {
      const log = (line: string) => console.error(line);
      const result = task === 'parse'
        ? await (await import('../../train/parse.js')).trainParser(options.lang, { seed: options.seed, log, modelPath: options.out })
        : await (await import('../../train/index.js')).train(task, options.lang, { seed: options.seed, log, outputPath: options.out });
      console.log(`${task} ${options.lang}: ${result.modelPath} in ${result.seconds.toFixed(0)} s; dev ${Object.entries(result.devScores).map(([key, value]) => `${key} ${value}`).join(', ')}`);
    });
}
