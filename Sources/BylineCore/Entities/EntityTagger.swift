/// Runs the recognition stages over one text: tokens, candidates, local classification,
/// document-wide resolution, lists, sports teams, photo credits.
struct EntityTagger {
    let lexicon: Lexicon

    /// The classified candidates of `doc`, in text order; those naming nothing are dropped.
    func tag(_ doc: TextDocument) -> [Candidate] {
        var candidates = CandidateFinder(doc).find()
        let credits = CreditParser(doc: doc).credits()
        if !credits.covered.isEmpty {
            candidates.removeAll { c in credits.covered.contains { $0.overlaps(c.range) } }
        }
        let classifier = EntityClassifier(doc: doc)
        for i in candidates.indices { classifier.classify(&candidates[i]) }
        candidates.append(contentsOf: credits.candidates)
        candidates.sort { $0.range.lowerBound < $1.range.lowerBound }
        DocumentResolver(doc: doc).resolve(&candidates)
        ListCoordination(doc: doc).apply(&candidates)
        SportsContext(doc).apply(&candidates)
        return candidates.filter { $0.kind != nil }
    }

    /// The scalars a candidate covers; an abbreviation's full stop is left out of a person's or
    /// place's name (`Smith Jr.` keeps its stop only inside an organisation's, `Acme Inc.`).
    static func scalarRange(of c: Candidate, in doc: TextDocument) -> Range<Int> {
        let last = doc.tokens[c.range.upperBound - 1]
        let start = doc.tokens[c.range.lowerBound].start
        var end = last.end
        if last.flags.contains(.abbreviation), c.kind != .organisation, last.shape != .initial, doc.scalars[end - 1] == "." {
            end -= 1
        }
        return start..<end
    }
}
