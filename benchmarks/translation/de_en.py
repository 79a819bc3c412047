"""A German↔English bank written for quotecheck (invented statements; no sentence comes from a
data set or a news text).

Each :class:`Pair` is an English statement sentence, a faithful German rendering of it, and
German renderings that drift (a number, a date, a negation, a modal or a name changed), each
with the edit kind the checks should report.  The renderings exercise how German writes the
same thing: ordinals with a full stop ("am 8. November"), ordinal words ("Zweiten"), the
decimal comma, "Mio."/"Mrd.", numbers written out, fractions (Hälfte, Drittel), negation
words (kein, nicht, nie, niemand) against English contractions, and modals.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """An English source sentence, its faithful German rendering and drifted ones."""

    en: str
    de: str
    drifted: tuple[tuple[str, str], ...] = ()
    """(German rendering that changes the meaning, edit kind expected)."""


SPEAKERS: dict[str, list[Pair]] = {}

SPEAKERS["Marta Kovalenko"] = [  # a harbour authority
    Pair(
        "The new container terminal will open on November 8th.",
        "Das neue Containerterminal wird am 8. November eröffnet.",
        (("Das neue Containerterminal wird am 18. November eröffnet.", "number"),),
    ),
    Pair(
        "This is the second time in a year that the northern pier has flooded.",
        "Es ist das zweite Mal in einem Jahr, dass der Nordpier überflutet wurde.",
        (("Es ist das dritte Mal in einem Jahr, dass der Nordpier überflutet wurde.", "number"),),
    ),
    Pair(
        "We have cut the waiting time for ships in half.",
        "Wir haben die Wartezeit für Schiffe halbiert.",
        (("Wir haben die Wartezeit für Schiffe um ein Drittel verkürzt.", "number"),),
    ),
    Pair(
        "The port handled 2.4 million containers last year.",
        "Der Hafen hat im vergangenen Jahr 2,4 Mio. Container umgeschlagen.",
        (("Der Hafen hat im vergangenen Jahr 4,2 Mio. Container umgeschlagen.", "number"),),
    ),
    Pair(
        "We don't intend to sell the northern pier.",
        "Wir haben nicht vor, den Nordpier zu verkaufen.",
        (("Wir haben vor, den Nordpier zu verkaufen.", "negation"),),
    ),
    Pair(
        "No ship will be turned away because of the strike.",
        "Wegen des Streiks wird kein Schiff abgewiesen.",
        (("Wegen des Streiks wird jedes Schiff abgewiesen.", "negation"),),
    ),
    Pair(
        "The shipping companies must pay the new fees from March.",
        "Die Reedereien müssen die neuen Gebühren ab März zahlen.",
        (("Die Reedereien sollten die neuen Gebühren ab März zahlen.", "modality"),),
    ),
    Pair(
        "A dozen cranes will be replaced by 2027.",
        "Ein Dutzend Kräne wird bis 2027 ersetzt.",
        (("Zwanzig Kräne werden bis 2027 ersetzt.", "number"),),
    ),
    Pair(
        "The harbour has never been closed for more than two days.",
        "Der Hafen war noch nie länger als zwei Tage geschlossen.",
        (("Der Hafen war schon länger als zwei Tage geschlossen.", "negation"),),
    ),
    Pair(
        "Rotterdam remains our most important partner.",
        "Rotterdam bleibt unser wichtigster Partner.",
        (("Antwerpen bleibt unser wichtigster Partner.", "entity"),),
    ),
    Pair(
        "The dredging work costs 85 million euros.",
        "Die Ausbaggerung kostet 85 Millionen Euro.",
        (("Die Ausbaggerung kostet 58 Millionen Euro.", "number"),),
    ),
    Pair(
        "Nobody will lose their job because of the automation.",
        "Niemand wird wegen der Automatisierung seinen Arbeitsplatz verlieren.",
    ),
]

SPEAKERS["Jonas Eriksen"] = [  # a health minister
    Pair(
        "The vaccination campaign starts on 3 October.",
        "Die Impfkampagne beginnt am 3. Oktober.",
        (("Die Impfkampagne beginnt am 3. September.", "number"),),
    ),
    Pair(
        "Almost a third of the clinics have too few nurses.",
        "Fast ein Drittel der Kliniken hat zu wenige Pflegekräfte.",
        (("Fast die Hälfte der Kliniken hat zu wenige Pflegekräfte.", "number"),),
    ),
    Pair(
        "Hospitals must report every case within 24 hours.",
        "Krankenhäuser müssen jeden Fall innerhalb von 24 Stunden melden.",
        (
            ("Krankenhäuser können jeden Fall innerhalb von 24 Stunden melden.", "modality"),
            ("Krankenhäuser müssen jeden Fall innerhalb von 48 Stunden melden.", "number"),
        ),
    ),
    Pair(
        "Patients should not wait longer than four weeks for an appointment.",
        "Patienten sollten nicht länger als vier Wochen auf einen Termin warten.",
        (("Patienten sollten länger als vier Wochen auf einen Termin warten.", "negation"),),
    ),
    Pair(
        "The budget for prevention rises by 12.5 percent.",
        "Das Budget für Prävention steigt um 12,5 Prozent.",
        (("Das Budget für Prävention steigt um 21,5 Prozent.", "number"),),
    ),
    Pair(
        "We can open two new clinics in the east next year.",
        "Wir können im nächsten Jahr zwei neue Kliniken im Osten eröffnen.",
        (("Wir müssen im nächsten Jahr zwei neue Kliniken im Osten eröffnen.", "modality"),),
    ),
    Pair(
        "There is no shortage of insulin in the country.",
        "Im Land gibt es keinen Mangel an Insulin.",
        (("Im Land gibt es einen Mangel an Insulin.", "negation"),),
    ),
    Pair(
        "Twenty-five nursing schools will receive new funding.",
        "Fünfundzwanzig Pflegeschulen erhalten neue Mittel.",
        (("Fünfunddreißig Pflegeschulen erhalten neue Mittel.", "number"),),
    ),
    Pair(
        "I have spoken with Minister Larsen about the shortage.",
        "Ich habe mit Minister Larsen über den Mangel gesprochen.",
        (("Ich habe mit Minister Halvorsen über den Mangel gesprochen.", "entity"),),
    ),
    Pair(
        "The reform cannot come into force before the first of January.",
        "Die Reform kann nicht vor dem ersten Januar in Kraft treten.",
        (("Die Reform kann vor dem ersten Januar in Kraft treten.", "negation"),),
    ),
    Pair(
        "Half of all doctors in rural areas are older than sixty.",
        "Die Hälfte aller Ärzte auf dem Land ist älter als sechzig.",
        (("Ein Viertel aller Ärzte auf dem Land ist älter als sechzig.", "number"),),
    ),
    Pair(
        "We will never close a maternity ward without a replacement.",
        "Wir werden nie eine Geburtsstation ohne Ersatz schließen.",
    ),
]

SPEAKERS["Amara Osei"] = [  # a foreign ministry spokeswoman
    Pair(
        "The talks will resume in Geneva on 14 February.",
        "Die Gespräche werden am 14. Februar in Genf fortgesetzt.",
        (
            ("Die Gespräche werden am 14. Februar in Wien fortgesetzt.", "entity"),
            ("Die Gespräche werden am 4. Februar in Genf fortgesetzt.", "number"),
        ),
    ),
    Pair(
        "It is the worst crisis in the region since the Second World War.",
        "Es ist die schwerste Krise in der Region seit dem Zweiten Weltkrieg.",
        (("Es ist die schwerste Krise in der Region seit dem Ersten Weltkrieg.", "number"),),
    ),
    Pair(
        "We will not accept any change to the border.",
        "Wir werden keine Änderung der Grenze akzeptieren.",
        (("Wir werden jede Änderung der Grenze akzeptieren.", "negation"),),
    ),
    Pair(
        "The sanctions must remain in force until the troops withdraw.",
        "Die Sanktionen müssen in Kraft bleiben, bis die Truppen abziehen.",
        (("Die Sanktionen könnten in Kraft bleiben, bis die Truppen abziehen.", "modality"),),
    ),
    Pair(
        "The United Nations has sent 300 observers to the region.",
        "Die Vereinten Nationen haben 300 Beobachter in die Region geschickt.",
        (("Die Vereinten Nationen haben 3.000 Beobachter in die Region geschickt.", "number"),),
    ),
    Pair(
        "North Korea has not answered our letter.",
        "Nordkorea hat auf unseren Brief nicht geantwortet.",
        (("Südkorea hat auf unseren Brief nicht geantwortet.", "entity"),),
    ),
    Pair(
        "Nobody in this government wants a new arms race.",
        "Niemand in dieser Regierung will ein neues Wettrüsten.",
        (("Jeder in dieser Regierung will ein neues Wettrüsten.", "negation"),),
    ),
    Pair(
        "The aid package amounts to 1.2 billion dollars.",
        "Das Hilfspaket beläuft sich auf 1,2 Mrd. Dollar.",
        (("Das Hilfspaket beläuft sich auf 1,2 Mio. Dollar.", "number"),),
    ),
    Pair(
        "Ambassador Lindqvist will travel to Seoul on Monday.",
        "Botschafter Lindqvist reist am Montag nach Seoul.",
        (
            ("Botschafter Lindqvist reist am Dienstag nach Seoul.", "number"),
            ("Botschafter Lindqvist reist am Montag nach Tokio.", "entity"),
        ),
    ),
    Pair(
        "The conference should take place before the summer.",
        "Die Konferenz sollte vor dem Sommer stattfinden.",
        (("Die Konferenz muss vor dem Sommer stattfinden.", "modality"),),
    ),
    Pair(
        "For the third time this month, the embassy has received threats.",
        "Zum dritten Mal in diesem Monat hat die Botschaft Drohungen erhalten.",
        (("Zum vierten Mal in diesem Monat hat die Botschaft Drohungen erhalten.", "number"),),
    ),
    Pair(
        "We don't see any reason to doubt the report.",
        "Wir sehen keinen Grund, an dem Bericht zu zweifeln.",
    ),
]

SPEAKERS["Petra Holm"] = [  # a rail company chief
    Pair(
        "The new line to the airport opens on 21 June.",
        "Die neue Linie zum Flughafen wird am 21. Juni eröffnet.",
        (("Die neue Linie zum Flughafen wird am 21. Juli eröffnet.", "number"),),
    ),
    Pair(
        "Ninety percent of our trains arrived on time in May.",
        "Im Mai kamen neunzig Prozent unserer Züge pünktlich an.",
        (("Im Mai kamen achtzig Prozent unserer Züge pünktlich an.", "number"),),
    ),
    Pair(
        "Fares must not rise this year.",
        "Die Fahrpreise dürfen in diesem Jahr nicht steigen.",
        (("Die Fahrpreise werden in diesem Jahr steigen.", "negation"),),
    ),
    Pair(
        "We may have to cancel some night trains.",
        "Wir müssen vielleicht einige Nachtzüge streichen.",
    ),
    Pair(
        "The company has doubled its investment in the network.",
        "Das Unternehmen hat seine Investitionen in das Netz verdoppelt.",
        (("Das Unternehmen hat seine Investitionen in das Netz halbiert.", "number"),),
    ),
    Pair(
        "There will be no strike before Christmas.",
        "Vor Weihnachten wird es keinen Streik geben.",
        (("Vor Weihnachten wird es einen Streik geben.", "negation"),),
    ),
    Pair(
        "The tunnel under the river will cost 3.5 billion euros.",
        "Der Tunnel unter dem Fluss wird 3,5 Mrd. Euro kosten.",
        (("Der Tunnel unter dem Fluss wird 5,3 Mrd. Euro kosten.", "number"),),
    ),
    Pair(
        "Every station should have a lift by 2030.",
        "Jeder Bahnhof sollte bis 2030 einen Aufzug haben.",
        (("Jeder Bahnhof kann bis 2030 einen Aufzug haben.", "modality"),),
    ),
    Pair(
        "Our partner Siemens will deliver forty trains.",
        "Unser Partner Siemens wird vierzig Züge liefern.",
        (
            ("Unser Partner Alstom wird vierzig Züge liefern.", "entity"),
            ("Unser Partner Siemens wird vierzehn Züge liefern.", "number"),
        ),
    ),
    Pair(
        "The timetable changes on the second Sunday of December.",
        "Der Fahrplan ändert sich am zweiten Sonntag im Dezember.",
        (("Der Fahrplan ändert sich am ersten Sonntag im Dezember.", "number"),),
    ),
    Pair(
        "I can't promise that the bridge will be ready in spring.",
        "Ich kann nicht versprechen, dass die Brücke im Frühjahr fertig ist.",
        (("Ich kann versprechen, dass die Brücke im Frühjahr fertig ist.", "negation"),),
    ),
    Pair(
        "Passengers will never pay for delays caused by construction.",
        "Fahrgäste werden nie für Verspätungen durch Bauarbeiten bezahlen.",
    ),
]


def counts() -> tuple[int, int]:
    """(faithful renderings, drifted renderings)."""
    pairs = [p for ps in SPEAKERS.values() for p in ps]
    return len(pairs), sum(len(p.drifted) for p in pairs)
