/** "N van M aanwezig": who was ticked present, of those who said they come; null while nobody kept the list. */
export function presenceLabel({ present, attending, recorded }: { present: number; attending: number; recorded: boolean }): string | null {
  return recorded ? `${present} van ${attending} aanwezig` : null;
}
