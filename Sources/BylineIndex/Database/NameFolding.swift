import Foundation
import GRDB

/// Folds names for matching that ignores case, accents and punctuation inside names, as the
/// full-text tokenizer does: `Peña Álvarez`, `PENA ALVAREZ` and `pena  alvarez` all fold to
/// `pena alvarez`; `O’Brien`, `O'Brien` and `OBrien` to `obrien`; `Ruiz-Tagle` to `ruiz tagle`.
public enum NameFolding {
    /// `text` lower-cased, without diacritics, apostrophes or full stops, with hyphens and
    /// dashes read as spaces and runs of white space made one space. A reader types a name
    /// the way they remember it (`obrien`, `ruiz tagle`, `maria l santos`), not the way one
    /// report punctuated it.
    ///
    ///     NameFolding.fold("José Ignacio  Peña-Álvarez")   // "jose ignacio pena alvarez"
    ///     NameFolding.fold("Maria L. Santos")              // "maria l santos"
    public static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if dropped.contains(scalar) { continue }
            if scalar.properties.isWhitespace || spaces.contains(scalar) {
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
        "þ": "th", "ð": "d",
    ]

    /// Apostrophes (straight and typographic) and full stops, which names carry or leave out
    /// (`O’Brien`, `OBrien`; `Maria L. Santos`, `Maria L Santos`).
    private static let dropped: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}", "."]

    /// Hyphens and dashes, which join the parts of a name some reports write apart (`Ruiz-Tagle`, `Ruiz Tagle`).
    private static let spaces: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}"]

    /// `bylineFold(text)` for SQL, registered on every connection to the index.
    static let sqlFunction = DatabaseFunction("bylineFold", argumentCount: 1, pure: true) { values in
        guard let text = String.fromDatabaseValue(values[0]) else { return nil }
        return fold(text)
    }
}
