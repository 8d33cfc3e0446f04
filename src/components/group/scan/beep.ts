// A short tone for each code the scanner reads, so the facilitator can keep eyes on the room:
// a high one when a code was taken in, a low one when it was refused. WebAudio, no sound file.
export interface Beeper {
  beep(ok: boolean): void;
  close(): void;
}

export function makeBeeper(): Beeper {
  let audio: AudioContext | undefined;
  return {
    beep(ok) {
      try {
        audio ??= new AudioContext();
        if (audio.state === 'suspended') void audio.resume();
        const start = audio.currentTime;
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.frequency.value = ok ? 880 : 330;
        gain.gain.setValueAtTime(0.15, start);
        gain.gain.exponentialRampToValueAtTime(0.001, start + (ok ? 0.12 : 0.25));
        tone.connect(gain).connect(audio.destination);
        tone.start(start);
        tone.stop(start + 0.3);
      } catch {
        // No sound on this device: the visible tick still tells.
      }
    },
    close() {
      void audio?.close().catch(() => {});
      audio = undefined;
    },
  };
}
