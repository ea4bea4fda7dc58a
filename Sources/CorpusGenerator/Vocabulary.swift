/// The words generated reports are made of, drawn with Zipf's law so that a few words are very
/// common and most are rare, as in real news text.
///
/// The head of the list is ordinary English written for this project (function words, then
/// words news reports lean on); the long tail is made of syllables, so the vocabulary can be
/// large without copying a dictionary from anywhere. A real news archive of 100,000 reports
/// holds several hundred thousand distinct words, most of them rare, and the full-text index's
/// size and speed depend on that tail, so the standard vocabulary has 400,000 words: drawn
/// 50 million times (100,000 reports of 500 words), most of them appear, the rarest a few times.
public struct Vocabulary: Sendable {
    /// The 400,000-word vocabulary, made once per process (making it takes a moment).
    public static let standard = Vocabulary(size: 400_000)

    /// Every word, most frequent first.
    public let words: [String]
    /// Cumulative Zipf weights, parallel to `words`, ending at 1.
    private let cumulative: [Double]

    /// A vocabulary of `size` words (at least the hand-written head).
    public init(size: Int, seed: UInt64 = 7) {
        var list = Self.functionWords + Self.newsWords
        var seen = Set(list)
        var rng = SplitMix64(seed: seed)
        while list.count < size {
            // Rarer words are longer, as in real text (2 to 5 syllables).
            let syllables = 2 + rng.below(list.count < 20_000 ? 2 : 4)
            var word = ""
            for _ in 0..<syllables {
                word += rng.pick(Self.onsets) + rng.pick(Self.vowels) + (rng.chance(0.35) ? rng.pick(Self.codas) : "")
            }
            if seen.insert(word).inserted { list.append(word) }
        }
        words = list
        var running = 0.0
        var sums: [Double] = []
        sums.reserveCapacity(list.count)
        for rank in 1...list.count {
            running += 1.0 / Double(rank)
            sums.append(running)
        }
        cumulative = sums.map { $0 / running }
    }

    /// A word drawn by frequency.
    public func word(using rng: inout SplitMix64) -> String {
        let x = Double(rng.next() >> 11) / Double(1 << 53)
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return words[lo]
    }

    /// A word from the given rank band (0 is the most frequent word), for picking queries.
    public func word(inRanks ranks: Range<Int>, using rng: inout SplitMix64) -> String {
        let upper = min(ranks.upperBound, words.count)
        return words[ranks.lowerBound + rng.below(max(1, upper - ranks.lowerBound))]
    }

    /// The rank of the first word that is not a function word.
    public static var firstContentRank: Int { functionWords.count }

    static let functionWords = """
        the of and to in a that for on is was said with by as at from it has have be are were \
        will its an not their but after had which who this been they more than also about over \
        into would could when some other there all while our out up one two new year last
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let newsWords = """
        government minister water port strike talks officials people country city union workers \
        police president week month report said according told statement agreement energy trade \
        climate study rights drought lake ships shipping dock dockworkers negotiators hydrogen \
        summit council commission european national international state public security crisis \
        price prices market markets company group chief executive leader leaders spokesman \
        spokeswoman protest protesters demonstrators capital region regional local residents \
        farmers fishermen harbour cargo containers delays backlog vessels crews wages contract \
        ministry parliament vote votes law plan plans policy reform budget billion million \
        percent cost costs supply supplies shortage shortages river rivers reservoir level levels \
        rise rising sea flood floods flooding defences coast coastal scientists researchers data \
        model models warming emissions carbon gas oil pipeline electricity grid power plant plants \
        factory factories industry industrial exports imports tariffs negotiation negotiations \
        deal deals draft proposal proposals meeting meetings delegation delegations talks \
        ceasefire court judge ruling appeal lawyers investigation inquiry evidence witnesses \
        hospital health doctors patients schools students teachers families children women men \
        village villages town towns district province border borders airport airports railway \
        trains roads bridge bridges storm storms rain heat temperatures summer winter spring \
        autumn morning evening night weekend monday tuesday wednesday thursday friday saturday \
        sunday january february march april may june july august september october november \
        december interview press conference announcement warning warnings demand demands \
        support opposition critics activists volunteers aid relief donors funding loans bank \
        banks investors shares economy economic growth inflation jobs unemployment strikes \
        pickets picket negotiator mediator mediation compromise settlement salary pension \
        pensions shifts overtime safety accident accidents inspection inspectors regulator \
        regulators licence licences permit permits quota quotas irrigation canal canals wells \
        groundwater aquifer basin catchment upstream downstream dam dams hydropower turbines \
        wind solar batteries storage terminal terminals cranes berth berths queue queues \
        freight insurers insurance claims losses damage damages repairs reconstruction \
        evacuation evacuated shelter shelters rescue rescuers survivors victims casualties \
        arrests arrested detained released charged sentenced prison protests rally rallies \
        marched chanted gathered dispersed tear clashes injured killed dead wounded
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let onsets = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z",
                         "br", "dr", "gr", "kr", "pl", "st", "tr", "sh", "ch", "th"]
    static let vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ea", "io"]
    static let codas = ["n", "r", "s", "l", "m", "t", "nd", "rk", "st"]
}
