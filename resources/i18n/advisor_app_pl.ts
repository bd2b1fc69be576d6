<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>BalanceListModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwisko i imię</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>No balance yet</source>
        <translation>Bez bilansu</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>{name} – competence balance</source>
        <extracomment>Pause after an edit before the progress marks and the issue list are recomputed (ms): the checks walk the whole balance, so a burst of keystrokes is checked once, not per key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and close this balance (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Page Up and Ctrl+Page Down move between pages; Enter opens the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open points on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to where you stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {count}, Ctrl+{number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open points on “{page}” ({count}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is missing on “{page}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant: {variant}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished">Zapisano</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished">Zapisywanie…</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest changes to this balance could not be saved. If you close the window now, they are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open “{page}” at the first missing field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BehaviouralPage</name>
    <message>
        <source>Situation</source>
        <extracomment>Adds a story to the selected experience. The text fields of a story, in the order the editor shows them.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft – missing: {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded – not part of the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: S, T, A and R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories (STAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;ll experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list experiences not marked “deepen in the behavioural interview”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiences and their stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a story to the selected experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a story to the selected experience ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the story (Delete); to keep it but leave it out, discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Situation (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Task (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ction (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esult (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;flection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible e&amp;vidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advisor’s &amp;note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for the advisor – not printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the advisor: never printed, never in the participant’s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stock-taking after the 2010 flood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: photo, document, thank-you letter, a person who can confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a co&amp;mpetence from this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the competences page with a new competence linked to this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experience is marked “deepen in the behavioural interview” yet. Mark the experiences to explore on the biographical interview page, or show all experiences here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled experience)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”: select one of its stories, or add a new one ({shortcut}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an experience on the left, then add a story to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {experience} ({dates})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the story back into the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the story listed, greyed, but leave it out of the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded: the story stays here but is not part of the balance. Restore it to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete: Situation, Task, Action and Result are there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task (T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the story “{title}”? Competences keep existing but lose their link to it. You can undo this (Ctrl+Z). To keep the story but leave it out of the balance, discard it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BiographyPage</name>
    <message>
        <source>Ukraine</source>
        <extracomment>Opens the menu of life areas to add an experience.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Austria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since {start} – now</source>
        <extracomment>Country codes offered in the country box, in menu order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approx. {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognition unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of experiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiences yet. Add the first one with “Add experience” ({shortcut}): school, courses, work, the farm, family care, voluntary work, hobbies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add experience…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the life area of the new experience ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected experience (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an experience on the timeline, or add a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person did and learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rol&amp;e or position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;hievements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What they learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents mentioned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition in Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised b&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop assistant in the village grocery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be general, e.g. “a shop in the gmina”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ximate (approx.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person does not remember the dates exactly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ongoin&amp;g (until now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The experience continues today; no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deepen in the &amp;behavioural interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience abroad or foreig&amp;n education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: what the person actually did, e.g. “served customers at the till”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g. “certificate of the forklift course”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the document, any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation type="unfinished">DD.MM.RRRR</translation>
    </message>
    <message>
        <source>e.g. UA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter country code; choose or type, e.g. UA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished">Nie podano</translation>
    </message>
    <message>
        <source>Recognised (to be confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to deepen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised by {authority} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition unconfirmed: it is shown as recognised only once the authority and the date of the decision are given below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole life path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{title}” from the timeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Its %n STAR stories of the behavioural interview are removed too.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Competences keep existing but lose their link to it. You can undo this (Ctrl+Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “{field}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date as DD.MM.YYYY, e.g. 12.05.2023. Your text stays here but is not saved until it is a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end before start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedLineEdit</name>
    <message>
        <source>The text was too long and was cut to {limit} characters.</source>
        <translation>Tekst był za długi i został skrócony do {limit} znaków.</translation>
    </message>
</context>
<context>
    <name>BoundedTextEdit</name>
    <message>
        <source>The text was too long and was cut: at most {limit} characters per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text was too long and was cut to {limit} characters.</source>
        <translation type="unfinished">Tekst był za długi i został skrócony do {limit} znaków.</translation>
    </message>
</context>
<context>
    <name>CompetencesPage</name>
    <message>
        <source>Name what the participant knows, can do and is ready to do. Start each statement with a verb that others can observe and check, and link it to the experiences it comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show competences of the kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpetences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competences</source>
        <translation type="unfinished">Kompetencje</translation>
    </message>
    <message>
        <source>&amp;Add competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conte&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xperiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stor&amp;ies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiences the competence comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories (STAR) that show the competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How independently the participant uses the competence. The scale is the app&apos;s, worded after the Polish Qualifications Framework; the method prescribes none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One sentence in the third person, starting with an operational verb: knowledge “zna…, rozumie…”, skills “obsługuje…, prowadzi…”, social competences “jest gotów(-owa) do…, dba o…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, with what, how much: e.g. in a shop of up to 50 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;strength of the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strength of the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to the &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevant to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No competence is selected. Add one with “Add competence”, or create it from a story in the behavioural interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – with help or under supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – partly independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – independently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – independently, teaches or leads others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no statement yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(experience without a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(story without a title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (discarded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n STAR part(s) missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge says what the person knows or understands, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A skill says what the person does, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A social competence says what the person is ready to do or takes care of, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: write in the third person: “{third}” instead of “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: start with an operational verb, an action others can observe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” describes knowledge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” describes a skill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” describes a social competence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or change the type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” cannot be observed or checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” says what the person likes, not what they can do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” names a trait; describe the behaviour that shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: “{word}” alone is ambiguous; add with whom, where or in what situation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write instead, e.g. {examples}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a competence from a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the competence “{statement}”?

Its links to evidence and to the plan are removed too. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the type of a competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a competence statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the context of a competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the level of a competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the status of a competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a competence relevant to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link an experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink an experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink a story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Art. {article}({paragraph})({letter})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">Kolumny</translation>
    </message>
    <message>
        <source>Consents are never deleted. A consent recorded by mistake is withdrawn, so the balance keeps an honest record of what happened and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records the withdrawal with the current date and time; nothing is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clause &amp;version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. WUP-KK-2026-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version of the clause text the participant signed or heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn on {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the version of the clause text before recording the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the consent “{purpose}” given on {given}?

The withdrawal is recorded with the current date and time. The consent stays in the list; processing based on it must stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness: {advisor} (the advisor recording the consent).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Basic</source>
        <translation>Podstawowy</translation>
    </message>
    <message>
        <source>In-depth</source>
        <translation>Pogłębiony</translation>
    </message>
    <message>
        <source>Follow-up of the online balance</source>
        <translation>Kontynuacja bilansu online</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Zakończony</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofany</translation>
    </message>
    <message>
        <source>Introduction and goal</source>
        <translation>Wprowadzenie i cel</translation>
    </message>
    <message>
        <source>Biographical interview</source>
        <translation>Wywiad biograficzny</translation>
    </message>
    <message>
        <source>Behavioural interview</source>
        <translation>Wywiad behawioralny</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Plan rozwoju</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>Residence card</source>
        <translation>Karta pobytu</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Inny dokument</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kobieta</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Mężczyzna</translation>
    </message>
    <message>
        <source>No formal education</source>
        <translation>Brak wykształcenia</translation>
    </message>
    <message>
        <source>Primary, not completed</source>
        <translation>Podstawowe nieukończone</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Podstawowe</translation>
    </message>
    <message>
        <source>Lower secondary</source>
        <translation>Gimnazjalne</translation>
    </message>
    <message>
        <source>Basic vocational</source>
        <translation>Zasadnicze zawodowe lub branżowe</translation>
    </message>
    <message>
        <source>General secondary</source>
        <translation>Średnie ogólnokształcące</translation>
    </message>
    <message>
        <source>Technical secondary</source>
        <translation>Średnie zawodowe (technikum)</translation>
    </message>
    <message>
        <source>Post-secondary</source>
        <translation>Policealne</translation>
    </message>
    <message>
        <source>Higher</source>
        <translation>Wyższe</translation>
    </message>
    <message>
        <source>Employed (employment contract)</source>
        <translation>Osoba zatrudniona (umowa o pracę)</translation>
    </message>
    <message>
        <source>Working on a civil-law contract</source>
        <translation>Praca na umowie cywilnoprawnej</translation>
    </message>
    <message>
        <source>Self-employed</source>
        <translation>Osoba samozatrudniona</translation>
    </message>
    <message>
        <source>Farmer insured in KRUS</source>
        <translation>Rolnik ubezpieczony w KRUS</translation>
    </message>
    <message>
        <source>Territorial defence soldier (WOT)</source>
        <translation>Żołnierz Wojsk Obrony Terytorialnej (WOT)</translation>
    </message>
    <message>
        <source>Volunteer firefighter (OSP)</source>
        <translation>Strażak Ochotniczej Straży Pożarnej (OSP)</translation>
    </message>
    <message>
        <source>Unemployed</source>
        <translation>Osoba bezrobotna</translation>
    </message>
    <message>
        <source>Economically inactive</source>
        <translation>Osoba bierna zawodowo</translation>
    </message>
    <message>
        <source>Other situation</source>
        <translation>Inna sytuacja</translation>
    </message>
    <message>
        <source>Easy-to-read texts (ETR)</source>
        <translation>Tekst łatwy do czytania (ETR)</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Duża czcionka</translation>
    </message>
    <message>
        <source>Documents read aloud</source>
        <translation>Odczytywanie dokumentów na głos</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <source>Polish Sign Language interpreter (PJM)</source>
        <translation>Tłumacz polskiego języka migowego (PJM)</translation>
    </message>
    <message>
        <source>Other needs</source>
        <translation>Inne potrzeby</translation>
    </message>
    <message>
        <source>Formal education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses, training and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Farming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and voluntary activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests and hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family life and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time abroad and migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form filled in by the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online part of the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised in Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognition not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wants to change jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning to the labour market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retraining for another occupation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming qualifications (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development in the current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure of own potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of a qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of project data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos of work and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images of other people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing the portfolio outside WUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact after the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(a) GDPR: consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(c) GDPR: legal obligation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 6(1)(e) GDPR: public task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(b) GDPR: employment and social security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Art. 9(2)(g) GDPR: substantial public interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral, with a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social competences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed externally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <extracomment>Key of the meetings entry in the balance view (stage entries are keyed by their Stage).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Balance</source>
        <extracomment>The contract items in the order the advisor reads them aloud (fields of ``Contract``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each item aloud and tick it when the participant has understood it. The balance can start when every item is ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons and starting situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing of project data needs its legal basis recorded; photos of work, images of other people, sharing the portfolio and contact after the project need the participant&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation type="unfinished">&amp;Wariant</translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished">Projekt</translation>
    </message>
    <message>
        <source>Support &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons for coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starting situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nstraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal &amp;type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID wsparcia given by the project, if any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the participant came, their current work, what they expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, travel, care for others, health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An educational or vocational goal, in the participant&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the name or code of a qualification in the ZRK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free text for now; choosing from the qualification catalogue comes later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned number of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually 2–7 meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed about the purpose of the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed about how the balance runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed about the work required of the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed about how long the balance takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed about the number of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation is voluntary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality rules discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed about the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, gmina {gmina}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem} Meetings are recorded on the Meetings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant&apos;s data: {problem} Correct it in the participant&apos;s form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the support ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the starting situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the initial goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the goal type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the target qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the planned number of meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick a contract item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>The text is longer than allowed.</source>
        <translation>Tekst jest dłuższy, niż to dozwolone.</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Tytuł jest wymagany.</translation>
    </message>
    <message>
        <source>It refers to an item that does not exist in this balance.</source>
        <translation>Odwołuje się do elementu, którego nie ma w tym bilansie.</translation>
    </message>
    <message>
        <source>Two items of the same list have the same identifier.</source>
        <translation>Dwa elementy tej samej listy mają ten sam identyfikator.</translation>
    </message>
    <message>
        <source>The first name is required.</source>
        <translation>Imię jest wymagane.</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Nazwisko jest wymagane.</translation>
    </message>
    <message>
        <source>A PESEL has exactly 11 digits.</source>
        <translation>PESEL ma dokładnie 11 cyfr.</translation>
    </message>
    <message>
        <source>The PESEL control digit is wrong; check for a typing mistake.</source>
        <translation>Cyfra kontrolna numeru PESEL się nie zgadza; sprawdź, czy nie ma literówki.</translation>
    </message>
    <message>
        <source>The PESEL does not encode a real birth date.</source>
        <translation>PESEL nie zawiera prawidłowej daty urodzenia.</translation>
    </message>
    <message>
        <source>The birth date does not agree with the PESEL.</source>
        <translation>Data urodzenia nie zgadza się z numerem PESEL.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>Data urodzenia przypada w przyszłości.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>Adres e-mail jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>The identity document needs its number.</source>
        <translation>Podaj numer dokumentu tożsamości.</translation>
    </message>
    <message>
        <source>Citizenship is a two-letter country code, e.g. PL or UA.</source>
        <translation>Obywatelstwo podaje się jako dwuliterowy kod kraju, np. PL lub UA.</translation>
    </message>
    <message>
        <source>Not every item of the contract has been discussed.</source>
        <translation>Nie omówiono wszystkich punktów kontraktu.</translation>
    </message>
    <message>
        <source>There is no valid consent or legal basis for processing project data.</source>
        <translation>Brak ważnej zgody lub innej podstawy prawnej przetwarzania danych w projekcie.</translation>
    </message>
    <message>
        <source>The initial goal is required.</source>
        <translation>Cel wstępny jest wymagany.</translation>
    </message>
    <message>
        <source>Choose the type of the goal.</source>
        <translation>Wybierz rodzaj celu.</translation>
    </message>
    <message>
        <source>Record at least one meeting.</source>
        <translation>Zapisz co najmniej jedno spotkanie.</translation>
    </message>
    <message>
        <source>The planned number of meetings must be at least 1.</source>
        <translation>Planowana liczba spotkań musi wynosić co najmniej 1.</translation>
    </message>
    <message>
        <source>The duration must be a positive number of minutes.</source>
        <translation>Czas trwania musi być dodatnią liczbą minut.</translation>
    </message>
    <message>
        <source>Record at least one experience on the timeline.</source>
        <translation>Zapisz na osi czasu co najmniej jedno doświadczenie.</translation>
    </message>
    <message>
        <source>Add at least one activity: what the person actually did.</source>
        <translation>Dodaj co najmniej jedną czynność: co ta osoba faktycznie robiła.</translation>
    </message>
    <message>
        <source>The end date is earlier than the start date.</source>
        <translation>Data zakończenia jest wcześniejsza niż data rozpoczęcia.</translation>
    </message>
    <message>
        <source>Recognition needs the recognising authority and the date; until then it is not shown as recognised.</source>
        <translation>Uznanie wymaga podania organu uznającego i daty; do tego czasu nie jest pokazywane jako uznane.</translation>
    </message>
    <message>
        <source>The country is a two-letter code, e.g. UA or DE.</source>
        <translation>Kraj podaje się jako dwuliterowy kod, np. UA lub DE.</translation>
    </message>
    <message>
        <source>The story needs its Situation, Task, Action and Result, or must be discarded.</source>
        <translation>Opowieść wymaga opisu sytuacji, zadania, działania i rezultatu albo trzeba ją odrzucić.</translation>
    </message>
    <message>
        <source>Record at least one competence.</source>
        <translation>Zapisz co najmniej jedną kompetencję.</translation>
    </message>
    <message>
        <source>The competence needs a statement.</source>
        <translation>Sformułuj treść kompetencji.</translation>
    </message>
    <message>
        <source>Link the competence to at least one experience.</source>
        <translation>Powiąż kompetencję z co najmniej jednym doświadczeniem.</translation>
    </message>
    <message>
        <source>The level must be between 1 and 4.</source>
        <translation>Poziom musi wynosić od 1 do 4.</translation>
    </message>
    <message>
        <source>In the in-depth variant a strength needs evidence or must be marked as declared.</source>
        <translation>W wariancie pogłębionym mocna strona wymaga dowodu albo oznaczenia jako deklarowana.</translation>
    </message>
    <message>
        <source>The development plan needs at least one action.</source>
        <translation>Plan rozwoju musi zawierać co najmniej jedno działanie.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Opisz działanie.</translation>
    </message>
    <message>
        <source>The number of vouchers cannot be negative.</source>
        <translation>Liczba bonów nie może być ujemna.</translation>
    </message>
    <message>
        <source>The cost cannot be negative.</source>
        <translation>Koszt nie może być ujemny.</translation>
    </message>
    <message>
        <source>Record the feedback and its form.</source>
        <translation>Zapisz informację zwrotną i jej formę.</translation>
    </message>
    <message>
        <source>Written feedback needs its text.</source>
        <translation>Pisemna informacja zwrotna wymaga treści.</translation>
    </message>
</context>
<context>
    <name>KnownError</name>
    <message>
        <source>The operation could not be completed.</source>
        <translation>Nie udało się wykonać operacji.</translation>
    </message>
    <message>
        <source>Try again. If it keeps happening, contact support.</source>
        <translation>Spróbuj ponownie. Jeśli błąd się powtarza, skontaktuj się z pomocą techniczną.</translation>
    </message>
    <message>
        <source>The system keyring is not available.</source>
        <translation>Systemowy magazyn haseł jest niedostępny.</translation>
    </message>
    <message>
        <source>Unlock the system keyring (or log in to a desktop session) and try again.</source>
        <translation>Odblokuj systemowy magazyn haseł (lub zaloguj się do sesji pulpitu) i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The recovery passphrase is required.</source>
        <translation>Wymagane jest hasło odzyskiwania.</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase of this profile.</source>
        <translation>Wpisz hasło odzyskiwania tego profilu.</translation>
    </message>
    <message>
        <source>The database cannot be opened with this key.</source>
        <translation>Nie można otworzyć bazy danych tym kluczem.</translation>
    </message>
    <message>
        <source>Check the recovery passphrase and the selected profile. The data cannot be read without its key.</source>
        <translation>Sprawdź hasło odzyskiwania i wybrany profil. Bez klucza danych nie da się odczytać.</translation>
    </message>
    <message>
        <source>An unencrypted database was found and not opened.</source>
        <translation>Znaleziono niezaszyfrowaną bazę danych i nie otwarto jej.</translation>
    </message>
    <message>
        <source>Personal data is only stored encrypted. Move the file away and start again.</source>
        <translation>Dane osobowe są przechowywane wyłącznie w postaci zaszyfrowanej. Przenieś ten plik w inne miejsce i uruchom program ponownie.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Dysk jest pełny.</translation>
    </message>
    <message>
        <source>Free some disk space and try again. Nothing already saved was lost.</source>
        <translation>Zwolnij miejsce na dysku i spróbuj ponownie. Nic z tego, co już zapisano, nie zostało utracone.</translation>
    </message>
    <message>
        <source>The file is not a valid balance document.</source>
        <translation>Plik nie jest prawidłowym dokumentem bilansu.</translation>
    </message>
    <message>
        <source>Check that the file was exported by Bilans and is complete.</source>
        <translation>Sprawdź, czy plik został wyeksportowany z programu Bilans i czy jest kompletny.</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>Ten wpis już nie istnieje.</translation>
    </message>
    <message>
        <source>Refresh the list and try again.</source>
        <translation>Odśwież listę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Some data cannot be saved.</source>
        <translation>Części danych nie można zapisać.</translation>
    </message>
    <message>
        <source>Correct the marked fields and save again.</source>
        <translation>Popraw oznaczone pola i zapisz ponownie.</translation>
    </message>
    <message>
        <source>A different version of this balance already exists.</source>
        <translation>Istnieje już inna wersja tego bilansu.</translation>
    </message>
    <message>
        <source>Export the existing version first, then replace it if needed.</source>
        <translation>Najpierw wyeksportuj istniejącą wersję, a potem w razie potrzeby ją zastąp.</translation>
    </message>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>Nie udało się zaktualizować bazy danych.</translation>
    </message>
    <message>
        <source>The previous data was restored from the backup. Please report this together with the log file.</source>
        <translation>Poprzednie dane zostały przywrócone z kopii zapasowej. Zgłoś ten problem i dołącz plik dziennika.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Polish</source>
        <translation>Polski</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukraiński</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Angielski</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Rosyjski</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Białoruski</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Niemiecki</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bilans</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Uczestnicy</translation>
    </message>
    <message>
        <source>&amp;New participant…</source>
        <translation>&amp;Nowy uczestnik…</translation>
    </message>
    <message>
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>&amp;Edit participant…</source>
        <translation>&amp;Edytuj uczestnika…</translation>
    </message>
    <message>
        <source>Edit the selected participant</source>
        <translation>Edytuj zaznaczonego uczestnika</translation>
    </message>
    <message>
        <source>New &amp;balance…</source>
        <translation>Nowy &amp;bilans…</translation>
    </message>
    <message>
        <source>Start a new balance for the selected participant</source>
        <translation>Rozpocznij nowy bilans dla zaznaczonego uczestnika</translation>
    </message>
    <message>
        <source>&amp;Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>Wczytaj &amp;dane demonstracyjne</translation>
    </message>
    <message>
        <source>Load demo data</source>
        <translation>Wczytaj dane demonstracyjne</translation>
    </message>
    <message>
        <source>&amp;Find participant</source>
        <translation>&amp;Znajdź uczestnika</translation>
    </message>
    <message>
        <source>Find participant</source>
        <translation>Znajdź uczestnika</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Main menu</source>
        <translation>Menu główne</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Search participants…</source>
        <translation>Szukaj uczestników…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Szukaj uczestników</translation>
    </message>
    <message>
        <source>Type part of a name or locality; Polish letters are optional.</source>
        <translation>Wpisz fragment imienia, nazwiska lub nazwy miejscowości; polskie znaki nie są konieczne.</translation>
    </message>
    <message>
        <source>Participants and balances</source>
        <translation>Uczestnicy i bilanse</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>No participants yet</source>
        <translation>Nie ma jeszcze uczestników</translation>
    </message>
    <message>
        <source>Add the first participant to start a competence balance, or load demo data to look around the application first.</source>
        <translation>Dodaj pierwszego uczestnika, aby rozpocząć bilans kompetencji, albo wczytaj dane demonstracyjne, żeby najpierw zapoznać się z programem.</translation>
    </message>
    <message>
        <source>Profile: {profile} · Advisor: {advisor}</source>
        <translation>Profil: {profile} · Doradca: {advisor}</translation>
    </message>
    <message>
        <source>Opening the balance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Wczytywanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Creating the balance…</source>
        <translation>Tworzenie bilansu…</translation>
    </message>
    <message>
        <source>Balance created</source>
        <translation>Utworzono bilans</translation>
    </message>
    <message>
        <source>Demo data loaded</source>
        <translation>Wczytano dane demonstracyjne</translation>
    </message>
    <message>
        <source>No demo data is available in this installation</source>
        <translation>W tej instalacji nie ma danych demonstracyjnych</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n pasujący wpis</numerusform>
            <numerusform>%n pasujące wpisy</numerusform>
            <numerusform>%n pasujących wpisów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>No participant matches “{query}”.</source>
        <translation>Żaden uczestnik nie pasuje do „{query}”.</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record every meeting with the participant: when and where it took place, what was done and the homework given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished">Kolumny</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add meeting (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded yet. Add the first one with “Add meeting”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stages covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accessible location (no barriers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessible location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Gmina library, reading room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the meeting of {date} from the log?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the meeting mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the accessible location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the stages covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the homework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the next meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewBalanceDialog</name>
    <message>
        <source>New balance</source>
        <translation>Nowy bilans</translation>
    </message>
    <message>
        <source>A new competence balance for {name}.</source>
        <translation>Nowy bilans kompetencji. Uczestnik: {name}.</translation>
    </message>
    <message>
        <source>A new competence balance.</source>
        <translation>Nowy bilans kompetencji.</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Wariant</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Create balance</source>
        <translation>&amp;Utwórz bilans</translation>
    </message>
    <message>
        <source>Create balance</source>
        <translation>Utwórz bilans</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PartialDateEdit</name>
    <message>
        <source>e.g. 1998 or 03.2010</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A year (1998), a month (03.2010) or a day (14.03.2010); write “ok. 1998” when the person is not sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a date we can read. Write a year (1998), a month (03.2010) or a day (14.03.2010). Your text stays here but is not saved until it can be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nowy uczestnik</translation>
    </message>
    <message>
        <source>Participant: {name}</source>
        <translation>Uczestnik: {name}</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Save participant</source>
        <translation>Zapisz uczestnika</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Participant data</source>
        <translation>Dane uczestnika</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The changes to this participant have not been saved. Discard them?</source>
        <translation>Zmiany w danych uczestnika nie zostały zapisane. Odrzucić je?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Wróć do edycji</translation>
    </message>
</context>
<context>
    <name>ParticipantForm</name>
    <message>
        <source>Person</source>
        <translation>Dane osobowe</translation>
    </message>
    <message>
        <source>Residence and contact</source>
        <translation>Miejsce zamieszkania i kontakt</translation>
    </message>
    <message>
        <source>Education, work and needs</source>
        <translation>Wykształcenie, praca i potrzeby</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nazwisko</translation>
    </message>
    <message>
        <source>&amp;PESEL</source>
        <translation>&amp;PESEL</translation>
    </message>
    <message>
        <source>I&amp;dentity document</source>
        <translation>&amp;Dokument tożsamości</translation>
    </message>
    <message>
        <source>Document n&amp;umber</source>
        <translation>Nu&amp;mer dokumentu</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Data &amp;urodzenia</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>&amp;Citizenship</source>
        <translation>&amp;Obywatelstwo</translation>
    </message>
    <message>
        <source>&amp;Gmina</source>
        <translation>&amp;Gmina</translation>
    </message>
    <message>
        <source>Po&amp;wiat</source>
        <translation>Po&amp;wiat</translation>
    </message>
    <message>
        <source>L&amp;ocality</source>
        <translation>Mi&amp;ejscowość</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-m&amp;ail</translation>
    </message>
    <message>
        <source>Educa&amp;tion level</source>
        <translation>Wy&amp;kształcenie</translation>
    </message>
    <message>
        <source>Labour &amp;market status</source>
        <translation>&amp;Status na rynku pracy</translation>
    </message>
    <message>
        <source>Communication lan&amp;guage</source>
        <translation>&amp;Język komunikacji</translation>
    </message>
    <message>
        <source>Accessibility &amp;needs</source>
        <translation>Potrze&amp;by dostępności</translation>
    </message>
    <message>
        <source>Disabilit&amp;y</source>
        <translation>Niepełnosp&amp;rawność</translation>
    </message>
    <message>
        <source>11 digits; leave empty if the participant has none</source>
        <translation>11 cyfr; zostaw puste, jeśli uczestnik nie ma numeru PESEL</translation>
    </message>
    <message>
        <source>Used when the participant has no PESEL</source>
        <translation>Wypełnij, gdy uczestnik nie ma numeru PESEL</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Two-letter country code, e.g. PL or UA</source>
        <translation>Dwuliterowy kod kraju, np. PL lub UA</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>adres@example.com</translation>
    </message>
    <message>
        <source>Special category data: record it only when the project needs it.</source>
        <translation>Dane szczególnej kategorii: zapisuj je tylko wtedy, gdy wymaga tego projekt.</translation>
    </message>
    <message>
        <source>None (the participant has a PESEL)</source>
        <translation>Brak (uczestnik ma PESEL)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>The participant was not saved: correct the marked fields.</source>
        <translation>Nie zapisano uczestnika: popraw oznaczone pola.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>The participant was not saved.</source>
        <translation>Nie zapisano uczestnika.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY, for example 31.01.1985.</source>
        <translation>Wpisz datę w formacie DD.MM.RRRR, np. 31.01.1985.</translation>
    </message>
    <message>
        <source>Choose the education level.</source>
        <translation>Wybierz poziom wykształcenia.</translation>
    </message>
    <message>
        <source>Choose the labour market status.</source>
        <translation>Wybierz status na rynku pracy.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Recovery passphrase</source>
        <translation>Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>This computer has no usable system keyring. Choose a recovery passphrase of at least {count} characters to protect the participants&apos; data. Keep it safe: without it the data cannot be opened.</source>
        <translation>Na tym komputerze nie ma dostępnego systemowego magazynu haseł. Ustal hasło odzyskiwania (co najmniej {count} znaków), które ochroni dane uczestników. Przechowuj je bezpiecznie: bez niego danych nie da się otworzyć.</translation>
    </message>
    <message>
        <source>Enter the recovery passphrase to open this profile&apos;s data.</source>
        <translation>Wpisz hasło odzyskiwania, aby otworzyć dane tego profilu.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Hasło</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase</source>
        <translation>&amp;Powtórz hasło</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Hasło musi mieć co najmniej {count} znaków.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Wpisane hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Interview prompts</source>
        <extracomment>Folds and unfolds the panel on whichever interview page is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the questions you may ask ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prompts for this part of the interview.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Episode {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experience {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competence {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %n more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item} – missing: {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume: {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Język interfejsu</translation>
    </message>
    <message>
        <source>The interface switches at once. Printed documents follow each participant&apos;s language.</source>
        <translation>Interfejs zmieni język od razu. Dokumenty do druku są w języku danego uczestnika.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>StageList</name>
    <message>
        <source>Not started</source>
        <extracomment>Item data role holding the entry&apos;s key: a Stage&apos;s value, or the meetings key. Plain strings, because Qt&apos;s item data would turn a StrEnum member into a str anyway. Item data role holding the second line (the state text, or &quot;3 meetings&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished">W toku</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Bilans</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>Otwieranie profilu…</translation>
    </message>
    <message>
        <source>Upgrading the database to the new version of the app, please wait…</source>
        <translation>Aktualizacja bazy danych do nowej wersji aplikacji, proszę czekać…</translation>
    </message>
    <message>
        <source>The profile cannot be opened</source>
        <translation>Nie można otworzyć profilu</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Unexpected error. Details were written to the application log.</source>
        <translation>Nieoczekiwany błąd. Szczegóły zapisano w dzienniku programu.</translation>
    </message>
    <message>
        <source>Unexpected error, details saved to {path}.</source>
        <translation>Nieoczekiwany błąd, szczegóły zapisano w pliku {path}.</translation>
    </message>
    <message>
        <source>Bilans</source>
        <translation>Bilans</translation>
    </message>
</context>
</TS>
