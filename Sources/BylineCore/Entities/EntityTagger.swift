/// Runs the recognition stages over one text: tokens, candidates, local classification,
/// document-wide resolution.
struct EntityTagger {
    let lexicon: Lexicon

    /// The classified candidates of `doc`, in text order; those naming nothing are dropped.
    func tag(_ doc: TextDocument) -> [Candidate] {
        var candidates = CandidateFinder(doc).find()
        let classifier = EntityClassifier(doc: doc)
        for i in candidates.indices { classifier.classify(&candidates[i]) }
        DocumentResolver(doc: doc).resolve(&candidates)
        ListCoordination(doc: doc).apply(&candidates)
        SportsContext(doc).apply(&candidates)
        return candidates.filter { $0.kind != nil }
    }
}
