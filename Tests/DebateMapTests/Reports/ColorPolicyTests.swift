import DebateMap
import Testing

/// One colour policy for the command line and the browser: `--color` wins; `auto` colours a
/// terminal unless NO_COLOR is set or TERM is dumb, empty or unset.
struct ColorPolicyTests {
    @Test(arguments: [
        // (policy, output is a terminal, environment, colour?)
        (ColorPolicy.auto, true, ["TERM": "xterm-256color"], true),
        (.auto, false, ["TERM": "xterm-256color"], false),
        (.auto, true, ["TERM": "xterm-256color", "NO_COLOR": "1"], false),
        (.auto, true, ["TERM": "xterm-256color", "NO_COLOR": ""], true),
        (.auto, true, ["TERM": "dumb"], false),
        (.auto, true, ["TERM": ""], false),
        (.auto, true, [:], false),  // TERM unset: neither `list` nor the browser colours
        (.always, false, ["NO_COLOR": "1"], true),
        (.never, true, ["TERM": "xterm-256color"], false),
    ])
    func decides(policy: ColorPolicy, terminal: Bool, environment: [String: String], expected: Bool) {
        #expect(policy.useColor(outputIsTerminal: terminal, environment: environment) == expected)
    }
}
