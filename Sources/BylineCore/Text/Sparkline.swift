/// A row of bars, one character per count, scaled to the largest: `·▁▃█` with block
/// characters, `._=#` in ASCII for terminals that cannot draw them (`--ascii`, `LANG=C`).
///
///     Sparkline.bars([0, 1, 3, 8])               // "·▁▃█"
///     Sparkline.bars([0, 1, 3, 8], ascii: true)  // "._-#"
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    static let asciiLevels: [Character] = ["_", "_", "-", "-", "=", "=", "#", "#"]

    /// An empty period is `·` (`.`), so every period keeps its column; any report shows at
    /// least the lowest bar.
    public static func bars(_ counts: [Int], ascii: Bool = false) -> String {
        let top = max(1, counts.max() ?? 1)
        let levels = ascii ? asciiLevels : blocks
        return String(counts.map { n -> Character in
            guard n > 0 else { return ascii ? "." : "·" }
            return levels[min(levels.count - 1, (n * levels.count - 1) / top)]
        })
    }
}
