/// One mention of a name in a report, before mentions are merged into entities.
struct NameMention {
    var kind: Entity.Kind
    /// The name as written.
    var text: String
    var form: NameForm
    var mention: Mention
    /// Scalar offset in the report's combined text, for ordering (a credit sorts at its
    /// caption's block).
    var position: Int
    /// The candidate in the report's combined text, when the name is in block text.
    var candidate: Candidate?

    /// Named in a photo credit: in a caption's credit, or in brackets in the text.
    var isCredit: Bool { mention.inCredit || candidate?.origin == .credit }

    /// Written all in capitals (`ALMATY` in a dateline), which no other form should give way to.
    var isCapitals: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where ScalarClass.isAlphabetic(scalar) {
            if ScalarClass.isLower(scalar) { return false }
            letters += 1
        }
        return letters >= 2
    }
}
