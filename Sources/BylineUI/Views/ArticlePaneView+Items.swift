import BylineCore

extension ArticlePaneView {
    typealias F = Field

    /// Every image: alt text, caption and credit.
    static func captionItems(_ article: Article) -> [Item] {
        article.captions.enumerated().map { i, c in
            var fields: [Field] = []
            fields.append(F("Alt text", c.alt ?? "(none)"))
            fields.append(F("Caption", c.text))
            fields.append(F("Credit", c.credit ?? "(none)"))
            if let image = c.image { fields.append(F("Image", image)) }
            return Item(label: "Image \(i + 1) of \(article.captions.count)", fields: fields, target: .jump(.caption(i)))
        }
    }

    /// Byline, source, date, file, photo credits, who is quoted, and reading warnings.
    static func sourceItems(_ article: Article) -> [Item] {
        var items: [Item] = []
        func field(_ name: String, _ value: String?, _ target: Item.Target = .none, copy: String? = nil) {
            guard let value, !value.isEmpty else { return }
            items.append(Item(label: "", fields: [F(name, value)], target: target, copyText: copy))
        }
        if let byline = article.byline, SiteAccount.matches(byline) {
            field("Posted by", byline + " (the site's account, not a named author)")
        } else {
            field("Byline", article.byline)
        }
        if let link = article.source.flatMap(url) {
            field("Source", link, .url(link), copy: link)
        } else {
            // A marker such as `Source link` was a link on the page; its address was not kept.
            let marker = article.source.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : " (the page says “\($0)”)" } ?? ""
            field("Source", "No source link was saved" + marker)
        }
        let written = article.dateText.flatMap { $0 == article.date?.iso ? nil : "(\($0))" }
        let date = [article.date?.iso, written].compactMap { $0 }.joined(separator: " ")
        field("Date", date)
        field("Dateline", article.dateline)
        field("Tags", article.tags.isEmpty ? nil : article.tags.joined(separator: ", "))
        field("Format", article.format.rawValue)
        field("File", article.path, .rawFile(article.path))
        let credits = article.captions.enumerated().compactMap { i, c in c.credit.map { (i, $0) } }
        if !credits.isEmpty {
            items.append(Item(label: "Photo credits (\(credits.count))", fields: [], isHeading: true))
            for (i, credit) in credits {
                let block = article.captions[i].blockIndex
                let photographer = article.entities.first { e in
                    e.kind == .person && e.mentions.contains { $0.inCredit && $0.block == block }
                } ?? article.entities.first { e in e.kind == .person && credit.contains(e.name) }
                items.append(Item(label: "", fields: [F("Image \(i + 1)", credit)],
                                  target: photographer.map { .entity(key: $0.key) } ?? .jump(.caption(i))))
            }
        }
        if !article.quotes.isEmpty {
            items.append(Item(label: "Quoted (\(article.quotes.count))", fields: [], isHeading: true))
            for q in article.quotes {
                items.append(Item(label: "", fields: [F(q.speaker ?? "Unattributed", "“" + start(of: q.text) + "”")],
                                  target: .jump(.block(q.block)), copyText: q.text))
            }
        }
        if !article.warnings.isEmpty {
            items.append(Item(label: "Reading warnings (\(article.warnings.count))", fields: [], isHeading: true))
            for w in article.warnings { items.append(Item(label: "", fields: [F("Warning", w)])) }
        }
        return items
    }

    /// People, places, organisations, links and images, numbered for `Nf`.
    static func linkItems(_ article: Article) -> [Item] {
        var items: [Item] = []
        var number = 0
        let groups: [(String, Entity.Kind)] = [("People", .person), ("Places", .place), ("Organisations", .organisation)]
        for (title, kind) in groups {
            var seen = Set<String>()
            let entities = article.entities.filter { $0.kind == kind && seen.insert($0.key).inserted }
            guard !entities.isEmpty else { continue }
            items.append(Item(label: "\(title) (\(entities.count))", fields: [], isHeading: true))
            for e in entities {
                number += 1
                let detail = ([e.roles.first] + [e.mentions.count == 1 ? "1 mention" : "\(e.mentions.count) mentions"])
                    .compactMap { $0 }.joined(separator: ", ")
                items.append(Item(label: "", fields: [F("[\(number)]", "\(e.name) — \(detail)")], target: .entity(key: e.key), number: number))
            }
        }
        if let source = article.source, let link = url(source) {
            items.append(Item(label: "Links (1)", fields: [], isHeading: true))
            number += 1
            items.append(Item(label: "", fields: [F("[\(number)]", link)], target: .url(link), number: number, copyText: link))
        }
        if !article.captions.isEmpty {
            items.append(Item(label: "Images (\(article.captions.count))", fields: [], isHeading: true))
            for (i, c) in article.captions.enumerated() {
                number += 1
                let text = c.image ?? c.alt ?? c.text
                items.append(Item(label: "", fields: [F("[\(number)]", text)],
                                  target: c.image.flatMap(url).map { .url($0) } ?? .jump(.caption(i)), number: number))
            }
        }
        return items
    }

    /// `text` when it is a web address.
    static func url(_ text: String) -> String? {
        let t = text.trimmingSpaces
        return (t.hasPrefix("http://") || t.hasPrefix("https://")) && !t.contains(" ") ? t : nil
    }

    /// The first words of a quote, cut on a word boundary.
    static func start(of quote: String, words: Int = 8) -> String {
        let parts = quote.split(separator: " ")
        return parts.count <= words ? quote : parts.prefix(words).joined(separator: " ") + "…"
    }
}
