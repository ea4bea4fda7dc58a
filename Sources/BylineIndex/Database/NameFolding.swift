import Foundation
import GRDB

/// Folds names for matching that ignores case and accents, as the full-text tokenizer does:
/// `Peña Álvarez`, `PENA ALVAREZ` and `pena  alvarez` all fold to `pena alvarez`.
public enum NameFolding {
    /// `text` lower-cased, without diacritics, with typographic apostrophes and hyphens made
    /// plain and runs of white space made one space.
    ///
    ///     NameFolding.fold("José Ignacio  Peña-Álvarez")   // "jose ignacio pena-alvarez"
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .spacingMark:
                continue
            default:
                break
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            if let replacement = replacements[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Letters that carry their mark inside the letter and so do not decompose.
    private static let replacements: [Unicode.Scalar: String] = [
        "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ß": "ss", "æ": "ae", "œ": "oe",
        "þ": "th", "ð": "d", "\u{2019}": "'", "\u{2018}": "'", "\u{02BC}": "'", "\u{2010}": "-",
        "\u{2011}": "-", "\u{2013}": "-", "\u{2014}": "-",
    ]

    /// `bylineFold(text)` for SQL, registered on every connection to the index.
    static let sqlFunction = DatabaseFunction("bylineFold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return fold(text)
    }
}
