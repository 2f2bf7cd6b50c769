"""Where each statement of the source article lives in data/roles.yaml (CLAIMS.md ids)."""

# Each entry: (role id, field, distinctive English substring, distinctive Hindi substring).
# The substrings are exact and case-sensitive and pick out exactly one entry of that field;
# that entry must list ``article-hi`` among its sources.
CLAIMS: dict[str, list[tuple[str, str, str, str]]] = {
    "G1": [
        ("cto", "summary", "two distinct positions", "दो अलग-अलग पद"),
        ("cio", "summary", "separate positions with separate job descriptions", "दो अलग-अलग पद"),
    ],
    "I1": [("cio", "duties", "technology infrastructure", "तकनीकी अवसंरचना")],
    "I2": [("cio", "duties", "communication capabilities", "संचार क्षमताएँ")],
    "I3": [("cio", "duties", "Runs the company's IT operations", "आईटी संचालन (ऑपरेशन) सँभालता है")],
    "I4": [("cio", "duties", "cost, time and man-hours", "मानव-घंटे (मैन-आवर)")],
    "I5": [("cio", "goals", "the access they need", "ज़रूरी पहुँच (एक्सेस)")],
    "I6": [("cio", "vendor_relations", "communicating and collaborating", "संवाद और सहयोग")],
    "I7": [("cio", "goals", "neither quality nor service", "गुणवत्ता या सेवा से समझौता न हो")],
    "I8": [("cio", "duties", "IT department successfully", "आईटी विभाग को सफलतापूर्वक")],
    "I9": [("cio", "focus", "internal organisation", "आंतरिक संगठन")],
    "T1": [("cto", "duties", "engineering department", "इंजीनियरिंग विभाग")],
    "T2": [("cto", "duties", "products the company actually offers", "जो कंपनी असल में बेचती है")],
    "T3": [("cto", "duties", "with the company's production", "उत्पादन के साथ एकीकृत")],
    "T4": [("cto", "focus", "customer base outside the company", "बाहर के ग्राहक-आधार")],
    "T5": [
        (
            "cto",
            "vendor_relations",
            "whether or not they are technology vendors",
            "चाहे वे तकनीकी विक्रेता हों या नहीं",
        )
    ],
    "T6": [("cto", "goals", "structure of the company's product base", "उत्पाद-आधार")],
    "T7": [("cto", "duties", "stop offering", "पेश करना बंद")],
}
