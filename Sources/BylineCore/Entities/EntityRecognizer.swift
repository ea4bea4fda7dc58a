/// Finds the people, places and organisations a report names, with their aliases, roles and
/// quotes.
///
///     let spans = EntityRecognizer().spans(in: "Kazakh President Kassym-Jomart Tokayev said ...")
///     // [EntitySpan(kind: .person, start: 17, end: 38, text: "Kassym-Jomart Tokayev")]
///
/// Recognition needs no network and no model: rules over word shapes and context, hand-written
/// lexicons and the US census name lists, compiled in. The first recognizer of a process loads
/// the lexicons (a few milliseconds); later ones share them.
public struct EntityRecognizer: Sendable {
    let lexicon: Lexicon

    public init() {
        lexicon = .shared
    }

    /// Every mention of a name in `text`, in text order.
    public func spans(in text: String) -> [EntitySpan] {
        let doc = TextDocument(text, lexicon: lexicon)
        return spans(doc, EntityTagger(lexicon: lexicon).tag(doc))
    }

    func spans(_ doc: TextDocument, _ candidates: [Candidate]) -> [EntitySpan] {
        candidates.compactMap { c in
            guard let kind = c.kind else { return nil }
            let r = EntityTagger.scalarRange(of: c, in: doc)
            return EntitySpan(kind: kind, start: r.lowerBound, end: r.upperBound, text: doc.text(scalarRange: r))
        }
    }

    /// `article` with `entities` and `quotes` filled from its blocks and caption credits.
    public func annotate(_ article: Article) -> Article {
        var article = article
        (article.entities, article.quotes) = ReportAnalysis(lexicon: lexicon).run(blocks: article.blocks, captions: article.captions)
        article.entities = BylineAuthors.adding(byline: article.byline, to: article.entities, lexicon: lexicon)
        return article
    }
}
