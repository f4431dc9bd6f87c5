// Counted nouns for the UI: "1 link", "2 links", "0 brokers". Every count the designer shows goes through here.

export function plural(n: number, noun: string, nouns = `${noun}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? noun : nouns}`;
}
