import { useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '@/utils/browser/i18n';
import { sentencesOf, speechLang, voiceFor, type Sentence } from '@/utils/speech';
import { paintRanges } from './paint';
import { useShortcuts } from './shortcuts';

interface Props {
  /** The article view (its title and body are read). */
  root: () => Element | null;
  /** The language on screen (follows the script switch). */
  lang: string;
  singleKeys: boolean;
}

type State = 'idle' | 'playing' | 'paused';
const RATES = [0.8, 1, 1.2, 1.5, 2];
const HIGHLIGHT = 'qd-reading';

/** Voices load late in some browsers: wait for them a little. */
async function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return now;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      synth.removeEventListener?.('voiceschanged', done);
      resolve();
    };
    synth.addEventListener?.('voiceschanged', done);
    setTimeout(done, 1000);
  });
  return synth.getVoices();
}

/**
 * Read aloud with the browser's speechSynthesis: the voice follows the script on screen
 * (zh-CN, zh-TW, zh-HK Cantonese, or the page's language), the sentence being read is
 * highlighted and kept in view, rate, pause/resume and stop, N to start or pause. A script
 * switch while reading goes on from the same block in the new voice. Says so when no voice
 * for the language is installed.
 */
export function ReadAloud({ root, lang, singleKeys }: Props) {
  const [state, setState] = useState<State>('idle');
  const [rate, setRate] = useState(1);
  const [problem, setProblem] = useState('');
  const run = useRef(0); // the current reading; a stale utterance's end is ignored
  const at = useRef<{ sentences: Sentence[]; i: number } | null>(null);
  const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;

  const mark = (s: Sentence | null): void => {
    root()
      ?.querySelectorAll('.qd-reading-block')
      .forEach((el) => el.classList.remove('qd-reading-block'));
    paintRanges(HIGHLIGHT, s ? [s.range] : []);
    if (!s) return;
    s.block.classList.add('qd-reading-block');
    const box = s.block.getBoundingClientRect();
    if (box.top < 0 || box.bottom > innerHeight) s.block.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };

  const stop = (): void => {
    run.current++;
    synth?.cancel();
    at.current = null;
    mark(null);
    setState('idle');
  };

  /** Reads from sentence `from` in the voice for `speech`. */
  const play = async (from: number | 'visible', speech: string, speed: number): Promise<void> => {
    if (!synth) return setProblem(t('speechUnsupported'));
    const id = ++run.current;
    synth.cancel();
    const voice = voiceFor(await voices(synth), speech);
    if (id !== run.current) return;
    if (!voice) {
      const name = new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(speech) ?? speech;
      setProblem(t('speechNoVoice', name));
      return stop();
    }
    setProblem('');
    const el = root();
    const sentences = el ? sentencesOf([...el.querySelectorAll('.qd-title, .qd-body')]) : [];
    // From the first sentence on screen, when starting.
    let i =
      from === 'visible'
        ? Math.max(
            0,
            sentences.findIndex((s) => s.block.getBoundingClientRect().bottom > 0),
          )
        : from;
    const next = (): void => {
      if (id !== run.current) return;
      const s = sentences[i];
      if (!s) return stop();
      at.current = { sentences, i };
      const u = new SpeechSynthesisUtterance(s.text);
      u.lang = speech;
      u.voice = voice;
      u.rate = speed;
      u.onstart = () => id === run.current && mark(s);
      u.onend = () => {
        i++;
        next();
      };
      u.onerror = (e) => {
        if (id === run.current && e.error !== 'interrupted' && e.error !== 'canceled') {
          setProblem(e.error);
          stop();
        }
      };
      synth.speak(u);
    };
    setState('playing');
    next();
  };

  const speech = speechLang(lang);
  // A script switch (or a new rate) while reading: on from the same block, in the new voice.
  useEffect(() => {
    const now = at.current;
    if (state !== 'playing' || !now) return;
    const block = now.sentences[now.i]?.block;
    const el = root();
    const fresh = el ? sentencesOf([...el.querySelectorAll('.qd-title, .qd-body')]) : [];
    void play(
      Math.max(
        0,
        fresh.findIndex((s) => s.block === block),
      ),
      speech,
      rate,
    );
  }, [speech, rate]);
  useEffect(() => () => stop(), []);

  const toggle = (): void => {
    if (state === 'idle') void play('visible', speech, rate);
    else if (state === 'playing') {
      synth?.pause();
      setState('paused');
    } else {
      synth?.resume();
      setState('playing');
    }
  };
  useShortcuts((key) => {
    if (key === 'n' || key === 'N') toggle();
  }, singleKeys);

  return (
    <div class="qd-read-aloud" role="group" aria-label={t('speechLabel')}>
      <button type="button" class="qd-action" aria-pressed={state === 'playing'} onClick={toggle}>
        {state === 'playing' ? t('speechPause') : state === 'paused' ? t('speechResume') : t('speechStart')}
      </button>
      {state !== 'idle' && (
        <>
          <button type="button" class="qd-action" onClick={stop}>
            {t('speechStop')}
          </button>
          <label class="qd-speech-rate">
            <span>{t('speechRate')}</span>
            <select value={String(rate)} onChange={(e) => setRate(Number(e.currentTarget.value))}>
              {RATES.map((r) => (
                <option value={String(r)}>{`${r}×`}</option>
              ))}
            </select>
          </label>
        </>
      )}
      {problem && (
        <p class="qd-notice" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
