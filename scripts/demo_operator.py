"""The scripted operator of the demo: logs in to the console API and answers
the first waiting chat the way an operator would (take, read, reply, tap
question, patrol, close). Usage: demo_operator.py URL USERNAME PASSWORD"""

import sys
import time

from console_client import Console


def wait_case(console, case_id, predicate, what, timeout=60):
    """Long-polls the console until the case's messages satisfy predicate."""
    deadline = time.monotonic() + timeout
    version = 0
    while not predicate(console.case(case_id)["messages"]):
        if time.monotonic() > deadline:
            raise TimeoutError(f"the citizen never sent {what}")
        version = console.queue(since=version, wait=5)["version"]


def citizen_wrote(fragment):
    return lambda messages: any(
        m["author"] == "citizen" and m["kind"] == "text" and fragment in m["body"].get("text", "") for m in messages
    )


def main(url, username, password):
    console = Console(url)
    me = console.login(username, password)
    print(f"[console] {me['display_name']} logged in")
    items = console.wait_queue(lambda items: any(i["state"] == "waiting" for i in items), timeout=60)
    case_id = next(i["id"] for i in items if i["state"] == "waiting")
    console.act(case_id, "take")
    console.act(case_id, "read")
    console.act(case_id, "reply", {"text": "Police nationale, je vous lis. Êtes-vous en sécurité pour écrire ?"})
    wait_case(console, case_id, citizen_wrote("salle de bain"), "an answer")
    console.act(case_id, "read")
    console.act(case_id, "ask", {"prompt": "L'agresseur est-il armé ?", "choices": ["Oui", "Non", "Je ne sais pas"]})
    wait_case(console, case_id, lambda ms: any(m["kind"] == "tap_answer" for m in ms), "a tap answer")
    console.act(case_id, "dispatch", {"note": "Un équipage arrive dans 6 minutes."})
    wait_case(console, case_id, citizen_wrote("Merci"), "a last word")
    console.act(case_id, "read")
    console.act(case_id, "close", {"reason": "Patrouille sur place."})
    stats = console.stats()
    print(f"[console] case {case_id} handled; first answer after {stats['median_first_answer_secs']:.1f} s (median)")


if __name__ == "__main__":
    main(*sys.argv[1:4])
