/// Entity recognition over a whole report: the blocks read as one document (so a name given
/// in full in one paragraph explains the surname in the next), photo credits of captions,
/// aliases merged into entities with roles and corpus keys, and quotations with speakers.
struct ReportAnalysis {
    let lexicon: Lexicon

    func run(blocks: [Block], captions: [Caption]) -> (entities: [Entity], quotes: [Quote]) {
        // The blocks joined by blank lines, decoded into one buffer; `starts` holds each
        // block's offset.
        var starts: [Int] = []
        let capacity = blocks.reduce(0) { $0 + $1.text.utf8.count + 2 }
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: capacity) { buffer, count in
            for (i, block) in blocks.enumerated() {
                if i > 0 {
                    buffer[count] = "\n"
                    buffer[count + 1] = "\n"
                    count += 2
                }
                starts.append(count)
                count += ScalarText.decode(block.text, into: buffer, at: count)
            }
        }
        let doc = TextDocument(scalars: scalars, lexicon: lexicon)
        let candidates = EntityTagger(lexicon: lexicon).tag(doc)
        let blockOf = Self.blockOfTokens(doc, starts)

        var mentions: [NameMention] = []
        for c in candidates {
            guard let kind = c.kind else { continue }
            let r = EntityTagger.scalarRange(of: c, in: doc)
            let block = blockOf[c.range.lowerBound]
            let text = doc.text(scalarRange: r)
            mentions.append(NameMention(kind: kind, text: text, form: NameForm(text),
                                        mention: Mention(block: block, start: r.lowerBound - starts[block], end: r.upperBound - starts[block]),
                                        position: r.lowerBound, candidate: c))
        }
        for caption in captions {
            guard let credit = caption.credit, blocks.indices.contains(caption.blockIndex) else { continue }
            let creditDoc = TextDocument(credit, lexicon: lexicon)
            guard creditDoc.count > 0 else { continue }
            for c in CreditParser(doc: creditDoc).parts(0..<creditDoc.count) {
                guard let kind = c.kind else { continue }
                let r = EntityTagger.scalarRange(of: c, in: creditDoc)
                let text = creditDoc.text(scalarRange: r)
                mentions.append(NameMention(kind: kind, text: text, form: NameForm(text),
                                            mention: Mention(block: caption.blockIndex, start: r.lowerBound, end: r.upperBound, inCredit: true),
                                            position: starts[caption.blockIndex] + ScalarText.count(blocks[caption.blockIndex].text),
                                            candidate: c))
            }
        }
        mentions.sort { $0.position < $1.position }

        let groupOf = AliasMerger.group(mentions, acronyms: Self.acronyms(doc, candidates))
        let entities = EntityBuilder(doc: doc).build(mentions, groupOf)

        var people: [(range: Range<Int>, entity: Int)] = []
        var genders: [Int: CensusNames.Gender] = [:]
        for (i, m) in mentions.enumerated() where m.kind == .person && !m.isCredit {
            if let c = m.candidate { people.append((c.range, entities.index[groupOf[i]])) }
        }
        for (index, entity) in entities.entities.enumerated() where entity.kind == .person {
            if let first = NameForm(entity.name).words.first {
                genders[index] = lexicon.census(TokenKey.word(first))?.gender ?? CensusNames.Gender.none
            }
        }
        let found = InterviewAnswers.attributed(
            QuoteAttributor(doc: doc, blockOf: blockOf, people: people, genders: genders).quotes(), blocks: blocks,
            firstPerson: { range in people.first { range.contains(blockOf[$0.range.lowerBound]) }?.entity })
        let quotes = found.map { Quote(speaker: $0.speaker.map { entities.entities[$0].name }, text: $0.text, block: $0.block) }
        return (entities.entities, quotes)
    }

    /// The block each token is in.
    private static func blockOfTokens(_ doc: TextDocument, _ starts: [Int]) -> [Int] {
        var out = [Int](repeating: 0, count: doc.count)
        var block = 0
        for i in 0..<doc.count {
            while block + 1 < starts.count && doc.tokens[i].start >= starts[block + 1] { block += 1 }
            out[i] = block
        }
        return out
    }

    /// Acronyms defined in brackets after an organisation or place, mapped to its long form:
    /// `Collective Security Treaty Organization (CSTO)` → `csto` ↦ the long form.
    private static func acronyms(_ doc: TextDocument, _ candidates: [Candidate]) -> [NameForm: NameForm] {
        var out: [NameForm: NameForm] = [:]
        for (a, b) in zip(candidates, candidates.dropFirst()) {
            guard a.kind == .organisation || a.kind == .place, b.range.count == 1,
                  doc.isPunctuation(a.range.upperBound, "("), b.range.lowerBound == a.range.upperBound + 1,
                  doc.isPunctuation(b.range.upperBound, ")"), doc.tokens[b.range.lowerBound].shape == .upper else { continue }
            let acronym = doc.word(b.range.lowerBound).filter { $0 != "." }
            let initials = a.range.compactMap { i -> Character? in
                doc.tokens[i].shape == .lower ? nil : doc.word(i).first
            }
            guard let first = acronym.first, initials.first == first else { continue }
            out[NameForm(acronym)] = NameForm(doc.text(a.range))
        }
        return out
    }
}
