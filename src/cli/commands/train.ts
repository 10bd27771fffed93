import type { Command } from 'commander';
import { language, oneOf, positiveInteger } from '../options.js';
import { UsageError } from '../errors.js';

const TRAIN_TASKS = ['pos', 'parse', 'ner', 'sentences', 'attribution'] as const;

/** Sentence-boundary tables: French from Sequoia train + GSD dev, English from EWT train only (GUM is partly non-commercial). */
const SENTENCE_TREEBANKS = { fr: ['fr_sequoia-ud-train.conllu', 'fr_gsd-ud-dev.conllu'], en: ['en_ewt-ud-train.conllu'] } as const;
type TrainTask = (typeof TRAIN_TASKS)[number];

/** The NER corpus named by --corpus, checked against the language (undefined: the default corpus). */
async function nerCorpus(lang: 'fr' | 'en', name: string | undefined) {
  if (name === undefined) return undefined;
  const { NER_CORPORA } = await import('../../train/ner.js');
  const known = Object.entries(NER_CORPORA).filter(([, corpus]) => corpus.lang === lang).map(([key]) => key);
  if (!known.includes(name)) throw new UsageError(`--corpus ${name}: not a ${lang} NER corpus (${known.join(', ')})`);
  return name as keyof typeof NER_CORPORA;
}

export function registerTrain(program: Command): void {
  program.command('train')
    .description('train a model from ../shared/data (reproducible: fixed seed) and write it to models/<lang>/ (sentences: src/lang/<lang>/sentence-boundaries.ts)')
    .argument('<task>', TRAIN_TASKS.join(' | '), oneOf(...TRAIN_TASKS))
    .requiredOption('--lang <code>', 'fr or en', language)
    .option('--seed <n>', 'random seed', positiveInteger, 1)
    .option('--out <file>', 'write the model here instead of the shipped location')
    .option('--hold-out <k>', 'attribution: train without the k-th sixth (1-6) of PolNeAR train and score that sixth instead of dev; the model is saved only with --out', positiveInteger)
    .option('--corpus <name>', 'ner: training corpus (fr: winer, the default, or wikineural, non-commercial, written to ner-wikineural-nc.bin.gz; en: conll2003)')
    .action(async (task: TrainTask, options: { lang: 'fr' | 'en'; seed: number; out?: string; corpus?: string; holdOut?: number }) => {
      const log = (line: string) => console.error(line);
      if (task === 'sentences') {
        const { trainSentenceBoundaries } = await import('../../segment/boundary-learner.js');
        const { treebankPath } = await import('../../train/treebanks.js');
        const out = options.out ?? `src/lang/${options.lang}/sentence-boundaries.ts`;
        trainSentenceBoundaries(SENTENCE_TREEBANKS[options.lang].map(treebankPath), out);
        console.log(`sentences ${options.lang}: ${out} (rebuild with npm run build to use it)`);
        return;
      }
      if (options.corpus !== undefined && task !== 'ner') throw new UsageError('--corpus applies to ner only');
      if (options.holdOut !== undefined && task !== 'attribution') throw new UsageError('--hold-out applies to attribution only');
      if (task === 'attribution' && options.lang !== 'en') throw new UsageError('train attribution: there is English training data only; French attribution uses rules, not a trained model');
      const result = task === 'parse'
        ? await (await import('../../train/parse.js')).trainParser(options.lang, { seed: options.seed, log, modelPath: options.out })
        : task === 'ner'
          ? await (await import('../../train/ner.js')).trainNer(options.lang, { seed: options.seed, log, outputPath: options.out, corpus: await nerCorpus(options.lang, options.corpus) })
          : await (await import('../../train/index.js')).train(task, options.lang, { seed: options.seed, log, outputPath: options.out, holdOut: options.holdOut });
      console.log(`${task} ${options.lang}: ${result.modelPath} in ${result.seconds.toFixed(0)} s; ${options.holdOut === undefined ? 'dev' : `held-out sixth ${options.holdOut}`} ${Object.entries(result.devScores).map(([key, value]) => `${key} ${value}`).join(', ')}`);
    });
}
