import type { AnyRule } from '../line-rules';
import { zhAny } from '../zh';

// What a video or audio player shows until its script runs: 视频加载中，请稍候… / Loading video…
const LOADING = new RegExp(
  `^[\\s【\\[（(]*(?:(?:${zhAny(['视频', '音频', '播放器', '直播'])})?\\s*(?:${zhAny(['正在加载', '加载中', '载入中', '缓冲中'])})|${zhAny(['您的浏览器不支持', '请升级浏览器'])}).{0,16}$|^(?:loading (?:video|player|audio)|your browser does not support (?:the )?(?:video|audio)).{0,20}$`,
  'i',
);
const LIMITS = { maxChars: 40 };

/** A media player's placeholder text, left when the player is gone (unseen cn-video-placeholder). */
export const playerPlaceholder: AnyRule = {
  id: 'player-placeholder',
  kind: 'drop-media-placeholders',
  where: 'any',
  reason: 'a media player’s loading text',
  limits: LIMITS,
  test: (line) => line.text.length <= LIMITS.maxChars && LOADING.test(line.text),
};
