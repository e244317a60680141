/// Text rewritten in one pass over its UTF-8 bytes, the way the exporters escape text and
/// `SafeText` makes it safe: where `replace` gives a string for the bytes at an offset (and
/// how many bytes it stands for), that string is written; runs of other bytes are copied
/// whole, and text with nothing replaced is returned as it is. (Appending scalar by scalar to
/// a String was most of the time of a Markdown or Argdown export.)
public enum ByteRewrite {
    public static func rewrite(_ text: String, _ replace: (UnsafeBufferPointer<UInt8>, Int) -> (String, Int)?) -> String {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            var copied = 0
            var i = 0
            while i < bytes.count {
                guard let (replacement, length) = replace(bytes, i) else {
                    i += 1
                    continue
                }
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: bytes[copied..<i])
                out.append(contentsOf: replacement.utf8)
                i += max(1, length)
                copied = i
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        } ?? text
    }

    /// `rewrite` where only ASCII bytes are replaced, each by the string `replace` gives.
    public static func rewriteASCII(_ text: String, _ replace: (UInt8) -> String?) -> String {
        rewrite(text) { bytes, i in
            bytes[i] < 0x80 ? replace(bytes[i]).map { ($0, 1) } : nil
        }
    }

    /// The text with each CRLF made one LF, so that a format that writes a line break as a
    /// space writes one space for it, not two.
    public static func foldingCRLF(_ text: String) -> String {
        text.utf8.contains(13) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }
}
