import CorpusGenerator

/// The benchmark's 200 queries: 100 single words and 100 pairs, drawn from frequent, middling
/// and rare words of the generator's vocabulary, the same on every run.
enum QuerySet {
    static func make(_ vocabulary: Vocabulary, seed: UInt64 = 99) -> [[String]] {
        var rng = SplitMix64(seed: seed)
        let first = Vocabulary.firstContentRank
        let bands = [first..<(first + 150), (first + 150)..<3_000, 3_000..<vocabulary.words.count]
        func word() -> String {
            let roll = rng.below(10)
            let band = roll < 3 ? bands[0] : roll < 7 ? bands[1] : bands[2]
            return vocabulary.word(inRanks: band, using: &rng)
        }
        var queries: [[String]] = []
        for _ in 0..<100 { queries.append([word()]) }
        for _ in 0..<100 {
            // Pairs pair a common word with any word, as people type them.
            queries.append([vocabulary.word(inRanks: bands[0], using: &rng), word()])
        }
        return queries
    }
}
