/// Large maps in other tools' formats, generated for tests that must load and browse them:
/// a Kialo discussion export and an AIF nodeset, each with a known shape.
public enum GeneratedImports {
    /// A flat Kialo export of `claims` claims: the thesis, then claims numbered breadth-first,
    /// nine under each, Pro and Con in turn; every 500th claim is `-> See 1.1.` (a link row).
    public static func kialo(claims total: Int) -> String {
        var lines = ["Discussion Title: A generated discussion", "", "1. The generated thesis."]
        var queue = ["1"]
        var count = 1
        var head = 0
        while count < total {
            let parent = queue[head]
            head += 1
            for k in 1...9 where count < total {
                let number = "\(parent).\(k)"
                let text = count % 500 == 0 ? "-> See 1.1." : "Claim number \(count) under \(parent)."
                lines.append("\(number). \(k % 2 == 0 ? "Con" : "Pro"): \(text)")
                queue.append(number)
                count += 1
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// An AIFdb nodeset of exactly `nodes` nodes (an even number, at least 4): I-nodes
    /// `i0`…`iN` ("Claim k."), each after the first supporting (RA) or, every third, attacking
    /// (CA) the I-node `(k - 1) / 2` through a scheme node of its own; the last I-node joins
    /// the last RA as a second premise.
    public static func aif(nodes total: Int) -> String {
        let claims = total / 2 + 1
        var nodes: [String] = [], edges: [String] = []
        for k in 0..<claims { nodes.append("{\"nodeID\": \"i\(k)\", \"text\": \"Claim \(k).\", \"type\": \"I\"}") }
        for k in 1..<claims where nodes.count < total {
            let type = k % 3 == 0 ? "CA" : "RA"
            nodes.append("{\"nodeID\": \"s\(k)\", \"text\": \"scheme\", \"type\": \"\(type)\"}")
            edges.append("{\"fromID\": \"i\(k)\", \"toID\": \"s\(k)\"}")
            edges.append("{\"fromID\": \"s\(k)\", \"toID\": \"i\((k - 1) / 2)\"}")
        }
        let lastRA = (1..<(claims - 1)).last { $0 % 3 != 0 } ?? 1
        edges.append("{\"fromID\": \"i\(claims - 1)\", \"toID\": \"s\(lastRA)\"}")
        return "{\"nodes\": [\(nodes.joined(separator: ",\n"))], \"edges\": [\(edges.joined(separator: ",\n"))], \"locutions\": []}"
    }
}
