<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AreasEditor</name>
    <message>
        <source>(no statement yet)</source>
        <translation>(bez treści)</translation>
    </message>
    <message>
        <source>✗ Not covered</source>
        <translation>✗ Brak</translation>
    </message>
    <message>
        <source>◐ Declared</source>
        <translation>◐ Deklaracja</translation>
    </message>
    <message>
        <source>✓ Evidenced</source>
        <translation>✓ Dowód</translation>
    </message>
    <message>
        <source>Gap analysis</source>
        <translation>Analiza luk</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Obszary rozwojowe</translation>
    </message>
    <message>
        <source>Competence profile</source>
        <translation>Profil kompetencji</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Cel</translation>
    </message>
    <message>
        <source>Re&amp;quirements (one per line)</source>
        <translation>&amp;Wymagania (po jednym w wierszu)</translation>
    </message>
    <message>
        <source>Co&amp;verage of the requirements</source>
        <translation>Pokr&amp;ycie wymagań</translation>
    </message>
    <message>
        <source>Co&amp;mpetences covering the selected requirement</source>
        <translation>&amp;Kompetencje spełniające wybrane wymaganie</translation>
    </message>
    <message>
        <source>&amp;Areas</source>
        <translation>Ob&amp;szary</translation>
    </message>
    <message>
        <source>Gap (&amp;what is missing)</source>
        <translation>&amp;Luka (czego brakuje)</translation>
    </message>
    <message>
        <source>Requirement so&amp;urce</source>
        <translation>Źródło wy&amp;magania</translation>
    </message>
    <message>
        <source>&amp;Reference of the requirement</source>
        <translation>O&amp;dwołanie do wymagania</translation>
    </message>
    <message>
        <source>Target &amp;competence</source>
        <translation>Kompe&amp;tencja docelowa</translation>
    </message>
    <message>
        <source>Pr&amp;iority</source>
        <translation>P&amp;riorytet</translation>
    </message>
    <message>
        <source>Gr&amp;oup by</source>
        <translation>&amp;Grupuj według</translation>
    </message>
    <message>
        <source>Coverage of the requirements</source>
        <translation>Pokrycie wymagań</translation>
    </message>
    <message>
        <source>Competences covering the selected requirement</source>
        <translation>Kompetencje spełniające wybrane wymaganie</translation>
    </message>
    <message>
        <source>Group the competence profile by</source>
        <translation>Grupowanie profilu kompetencji</translation>
    </message>
    <message>
        <source>Paste or type the requirements of the job offer, one per line</source>
        <translation>Wklej lub wpisz wymagania z oferty pracy, po jednym w wierszu</translation>
    </message>
    <message>
        <source>Kept while the balance is open; the development areas made from them are saved.</source>
        <translation>Przechowywane, dopóki bilans jest otwarty; zapisywane są utworzone z nich obszary rozwojowe.</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Wymaganie</translation>
    </message>
    <message>
        <source>Covered by competences</source>
        <translation>Spełnione przez kompetencje</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Tick the competences that meet the selected requirement. Competences with the requirement&apos;s catalogue reference count without a tick. Kept while the balance is open.</source>
        <translation>Zaznacz kompetencje, które spełniają wybrane wymaganie. Kompetencje z odwołaniem do tego wymagania w katalogu liczą się bez zaznaczania. Przechowywane, dopóki bilans jest otwarty.</translation>
    </message>
    <message>
        <source>&amp;Suggest areas for uncovered</source>
        <translation>&amp;Zaproponuj obszary dla niespełnionych</translation>
    </message>
    <message>
        <source>Suggest development areas for uncovered requirements</source>
        <translation>Zaproponuj obszary rozwojowe dla niespełnionych wymagań</translation>
    </message>
    <message>
        <source>&amp;New area</source>
        <translation>&amp;Nowy obszar</translation>
    </message>
    <message>
        <source>Add a development area</source>
        <translation>Dodaj obszar rozwojowy</translation>
    </message>
    <message>
        <source>Remove area…</source>
        <translation>Usuń obszar…</translation>
    </message>
    <message>
        <source>Remove the selected development area</source>
        <translation>Usuń wybrany obszar rozwojowy</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the selected area up</source>
        <translation>Przesuń wybrany obszar w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the selected area down</source>
        <translation>Przesuń wybrany obszar w dół</translation>
    </message>
    <message>
        <source>e.g. no experience with warehouse software</source>
        <translation>np. brak obsługi programu magazynowego</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Type (W, U, KS)</source>
        <translation>Rodzaj (W, U, KS)</translation>
    </message>
    <message>
        <source>Competence profile chart</source>
        <translation>Wykres profilu kompetencji</translation>
    </message>
    <message>
        <source>Competence profile table</source>
        <translation>Tabela profilu kompetencji</translation>
    </message>
    <message>
        <source>No area is selected. Suggest areas from the gap analysis above or add one with “Add area”.</source>
        <translation>Nie wybrano obszaru. Zaproponuj obszary z analizy luk powyżej albo dodaj obszar przyciskiem „Nowy obszar”.</translation>
    </message>
    <message>
        <source>Job offer requirements (typed)</source>
        <translation>Wymagania z oferty pracy (wpisane)</translation>
    </message>
    <message>
        <source>Qualification: {name}</source>
        <translation>Kwalifikacja: {name}</translation>
    </message>
    <message>
        <source>Qualification {ref} (not in the catalogue)</source>
        <translation>Kwalifikacja {ref} (spoza katalogu)</translation>
    </message>
    <message>
        <source>Conditions for entering validation: {text}</source>
        <translation>Warunki przystąpienia do walidacji: {text}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(untitled evidence)</source>
        <translation>(dowód bez tytułu)</translation>
    </message>
    <message>
        <source>Type the requirements of the job offer to see what is covered.</source>
        <translation>Wpisz wymagania z oferty pracy, aby zobaczyć, które są spełnione.</translation>
    </message>
    <message>
        <source>The catalogue lists no learning outcomes for this qualification.</source>
        <translation>Katalog nie zawiera efektów uczenia się tej kwalifikacji.</translation>
    </message>
    <message numerus="yes">
        <source>%n requirement(s) not covered yet.</source>
        <translation>
            <numerusform>%n wymaganie nie jest jeszcze spełnione.</numerusform>
            <numerusform>%n wymagania nie są jeszcze spełnione.</numerusform>
            <numerusform>%n wymagań nie jest jeszcze spełnionych.</numerusform>
        </translation>
    </message>
    <message>
        <source>(gap not described yet)</source>
        <translation>(luka jeszcze nieopisana)</translation>
    </message>
    <message>
        <source>Describe the gap.</source>
        <translation>Opisz lukę.</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Bez kategorii</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nie oceniono</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>Poziom 1</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>Poziom 2</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>Poziom 3</translation>
    </message>
    <message>
        <source>Level 4</source>
        <translation>Poziom 4</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Razem</translation>
    </message>
    <message>
        <source>{group}: {total}</source>
        <translation>{group}: {total}</translation>
    </message>
    <message>
        <source>Describe the gap: what is missing for the goal.</source>
        <translation>Opisz lukę: czego brakuje do osiągnięcia celu.</translation>
    </message>
    <message>
        <source>Suggest development areas</source>
        <translation>Zaproponuj obszary rozwojowe</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) added.</source>
        <translation>
            <numerusform>Dodano %n obszar.</numerusform>
            <numerusform>Dodano %n obszary.</numerusform>
            <numerusform>Dodano %n obszarów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every uncovered requirement already has an area.</source>
        <translation>Każde niespełnione wymaganie ma już swój obszar.</translation>
    </message>
    <message>
        <source>Remove development area</source>
        <translation>Usuń obszar rozwojowy</translation>
    </message>
    <message>
        <source>Remove the development area “{gap}”?

Plan actions lose their link to it. Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunąć obszar rozwojowy „{gap}”?

Działania planu stracą powiązanie z nim. Cofnij (Ctrl+Z) przywróci obszar.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Remove a development area</source>
        <translation>Usunięcie obszaru rozwojowego</translation>
    </message>
    <message>
        <source>Reorder development areas</source>
        <translation>Zmiana kolejności obszarów rozwojowych</translation>
    </message>
    <message>
        <source>Change the target qualification</source>
        <translation>Zmiana kwalifikacji docelowej</translation>
    </message>
    <message>
        <source>Edit the gap of a development area</source>
        <translation>Edycja luki w obszarze rozwojowym</translation>
    </message>
    <message>
        <source>Edit the requirement reference</source>
        <translation>Edycja odwołania do wymagania</translation>
    </message>
    <message>
        <source>Edit the target competence</source>
        <translation>Edycja kompetencji docelowej</translation>
    </message>
    <message>
        <source>Change the requirement source</source>
        <translation>Zmiana źródła wymagania</translation>
    </message>
    <message>
        <source>Change the priority of a development area</source>
        <translation>Zmiana priorytetu obszaru rozwojowego</translation>
    </message>
</context>
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
        <source>Sync</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>No balance yet</source>
        <translation>Bez bilansu</translation>
    </message>
    <message>
        <source>Sync: {state}</source>
        <translation>Synchronizacja: {state}</translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message>
        <source>{name} – competence balance</source>
        <translation>{name} – bilans kompetencji</translation>
    </message>
    <message>
        <source>&amp;Balance</source>
        <translation>&amp;Bilans</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Prze&amp;jdź</translation>
    </message>
    <message>
        <source>Balance menu</source>
        <translation>Menu bilansu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Save and close this balance (Ctrl+W)</source>
        <translation>Zapisz i zamknij ten bilans (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Poprzednia strona</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Następna strona</translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation>Nowe &amp;spotkanie</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ukuj…</translation>
    </message>
    <message>
        <source>Preview, print or save a document (Ctrl+P)</source>
        <translation>Podgląd, wydruk lub zapis dokumentu (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historia…</translation>
    </message>
    <message>
        <source>Who changed what and when (Ctrl+H)</source>
        <translation>Kto co zmienił i kiedy (Ctrl+H)</translation>
    </message>
    <message>
        <source>Hand &amp;over to another advisor…</source>
        <translation>P&amp;rzekaż innemu doradcy…</translation>
    </message>
    <message>
        <source>Record that another advisor takes the case over</source>
        <translation>Zapisz, że sprawę przejmuje inny doradca</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Cofnij (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Przywróć (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Spróbuj &amp;ponownie</translation>
    </message>
    <message>
        <source>Try saving again</source>
        <translation>Spróbuj ponownie zapisać</translation>
    </message>
    <message>
        <source>Stages of the balance</source>
        <translation>Etapy bilansu</translation>
    </message>
    <message>
        <source>Ctrl+Page Up and Ctrl+Page Down move between pages; Enter opens the page.</source>
        <translation>Ctrl+Page Up i Ctrl+Page Down przełączają strony; Enter otwiera stronę.</translation>
    </message>
    <message>
        <source>Open points on this page</source>
        <translation>Uwagi do tej strony</translation>
    </message>
    <message>
        <source>&amp;Go there</source>
        <translation>Przejdź &amp;tam</translation>
    </message>
    <message>
        <source>Go to where you stopped</source>
        <translation>Przejdź do miejsca, w którym przerwano pracę</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ukryj</translation>
    </message>
    <message>
        <source>Dismiss the reminder</source>
        <translation>Ukryj przypomnienie</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n spotkanie</numerusform>
            <numerusform>%n spotkania</numerusform>
            <numerusform>%n spotkań</numerusform>
        </translation>
    </message>
    <message>
        <source>None recorded yet</source>
        <translation>Jeszcze brak</translation>
    </message>
    <message>
        <source>Page {number} of {count}, Ctrl+{number}</source>
        <translation>Strona {number} z {count}, Ctrl+{number}</translation>
    </message>
    <message>
        <source>Open points on “{page}” ({count}):</source>
        <translation>Uwagi do strony „{page}” ({count}):</translation>
    </message>
    <message>
        <source>Nothing is missing on “{page}”.</source>
        <translation>Na stronie „{page}” niczego nie brakuje.</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>Project: {project}</source>
        <translation>Projekt: {project}</translation>
    </message>
    <message>
        <source>Variant: {variant}</source>
        <translation>Wariant: {variant}</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>tylko do odczytu</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Niezapisane</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Błąd zapisu</translation>
    </message>
    <message>
        <source>Save state: {state}</source>
        <translation>Stan zapisu: {state}</translation>
    </message>
    <message>
        <source>The latest changes to this balance could not be saved. If you close the window now, they are lost.</source>
        <translation>Nie udało się zapisać ostatnich zmian w tym bilansie. Jeśli teraz zamkniesz okno, zmiany zostaną utracone.</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Zmiany nie zostały zapisane</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Zamknij bez zapisywania</translation>
    </message>
    <message>
        <source>Keep the window open</source>
        <translation>Nie zamykaj okna</translation>
    </message>
    <message>
        <source>Withdrawn – read only</source>
        <translation>Wycofany – tylko do odczytu</translation>
    </message>
    <message>
        <source>Finished – read only</source>
        <translation>Zakończony – tylko do odczytu</translation>
    </message>
    <message>
        <source>Deleting the files the consent covered…</source>
        <translation>Usuwanie plików objętych zgodą…</translation>
    </message>
    <message>
        <source>Finishing the balance…</source>
        <translation>Kończenie bilansu…</translation>
    </message>
    <message>
        <source>Starting a new revision…</source>
        <translation>Tworzenie nowej wersji…</translation>
    </message>
    <message>
        <source>Withdrawing the balance…</source>
        <translation>Wycofywanie bilansu…</translation>
    </message>
    <message>
        <source>Open “{page}” at the first missing field</source>
        <translation>Otwórz stronę „{page}” przy pierwszym brakującym polu</translation>
    </message>
    <message>
        <source>To correct: </source>
        <translation>Do poprawienia: </translation>
    </message>
    <message>
        <source>Suggestion: </source>
        <translation>Sugestia: </translation>
    </message>
    <message>
        <source>Missing: </source>
        <translation>Brakuje: </translation>
    </message>
</context>
<context>
    <name>BehaviouralPage</name>
    <message>
        <source>Situation</source>
        <translation>Sytuacja</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Draft – missing: {parts}</source>
        <translation>Szkic – brakuje: {parts}</translation>
    </message>
    <message>
        <source>Episode {number}</source>
        <translation>Epizod {number}</translation>
    </message>
    <message>
        <source>Discarded – not part of the balance</source>
        <translation>Odrzucony – poza bilansem</translation>
    </message>
    <message>
        <source>Complete: S, T, A and R</source>
        <translation>Kompletny: S, Z, D i R</translation>
    </message>
    <message>
        <source>Stories (STAR)</source>
        <translation>Epizody (STAR)</translation>
    </message>
    <message>
        <source>Show a&amp;ll experiences</source>
        <translation>Pokaż &amp;wszystkie doświadczenia</translation>
    </message>
    <message>
        <source>Also list experiences not marked “deepen in the behavioural interview”</source>
        <translation>Pokaż też doświadczenia nieoznaczone jako „pogłębić w wywiadzie behawioralnym”</translation>
    </message>
    <message>
        <source>Experiences and their stories</source>
        <translation>Doświadczenia i ich epizody</translation>
    </message>
    <message>
        <source>&amp;Add story</source>
        <translation>&amp;Dodaj epizod</translation>
    </message>
    <message>
        <source>Add a story to the selected experience</source>
        <translation>Dodaj epizod do zaznaczonego doświadczenia</translation>
    </message>
    <message>
        <source>Add a story to the selected experience ({shortcut})</source>
        <translation>Dodaj epizod do zaznaczonego doświadczenia ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected story</source>
        <translation>Usuń zaznaczony epizod</translation>
    </message>
    <message>
        <source>Remove the story (Delete); to keep it but leave it out, discard it</source>
        <translation>Usuń epizod (Delete); aby go zachować, ale pominąć w bilansie, odrzuć go</translation>
    </message>
    <message>
        <source>T&amp;itle of the story</source>
        <translation>&amp;Tytuł epizodu</translation>
    </message>
    <message>
        <source>&amp;Situation (S)</source>
        <translation>&amp;Sytuacja (S)</translation>
    </message>
    <message>
        <source>&amp;Task (T)</source>
        <translation>&amp;Zadanie (Z)</translation>
    </message>
    <message>
        <source>A&amp;ction (A)</source>
        <translation>Dz&amp;iałanie (D)</translation>
    </message>
    <message>
        <source>R&amp;esult (R)</source>
        <translation>&amp;Rezultat (R)</translation>
    </message>
    <message>
        <source>Re&amp;flection</source>
        <translation>Re&amp;fleksja</translation>
    </message>
    <message>
        <source>Possible e&amp;vidence</source>
        <translation>&amp;Możliwe dowody</translation>
    </message>
    <message>
        <source>Advisor’s &amp;note</source>
        <translation>&amp;Notatka doradcy</translation>
    </message>
    <message>
        <source>only for the advisor – not printed</source>
        <translation>tylko dla doradcy – nie drukuje się</translation>
    </message>
    <message>
        <source>Only for the advisor: never printed, never in the participant’s copy</source>
        <translation>Tylko dla doradcy: nigdy nie jest drukowana ani nie trafia do egzemplarza uczestnika</translation>
    </message>
    <message>
        <source>e.g. Stock-taking after the 2010 flood</source>
        <translation>np. Inwentaryzacja po powodzi w 2010 roku</translation>
    </message>
    <message>
        <source>One per line: photo, document, thank-you letter, a person who can confirm</source>
        <translation>Po jednym w wierszu: zdjęcie, dokument, podziękowanie, osoba, która może potwierdzić</translation>
    </message>
    <message>
        <source>Create a co&amp;mpetence from this story</source>
        <translation>Utwórz &amp;kompetencję z tego epizodu</translation>
    </message>
    <message>
        <source>Opens the competences page with a new competence linked to this story</source>
        <translation>Otwiera stronę kompetencji z nową kompetencją powiązaną z tym epizodem</translation>
    </message>
    <message>
        <source>No experience is marked “deepen in the behavioural interview” yet. Mark the experiences to explore on the biographical interview page, or show all experiences here.</source>
        <translation>Żadne doświadczenie nie jest jeszcze oznaczone jako „pogłębić w wywiadzie behawioralnym”. Oznacz doświadczenia do pogłębienia na stronie wywiadu biograficznego albo pokaż tutaj wszystkie doświadczenia.</translation>
    </message>
    <message>
        <source>(untitled experience)</source>
        <translation>(doświadczenie bez tytułu)</translation>
    </message>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n epizod</numerusform>
            <numerusform>%n epizody</numerusform>
            <numerusform>%n epizodów</numerusform>
        </translation>
    </message>
    <message>
        <source>“{title}”: select one of its stories, or add a new one ({shortcut}).</source>
        <translation>„{title}”: wybierz jeden z epizodów tego doświadczenia albo dodaj nowy ({shortcut}).</translation>
    </message>
    <message>
        <source>Select an experience on the left, then add a story to it.</source>
        <translation>Wybierz doświadczenie po lewej stronie, a potem dodaj do niego epizod.</translation>
    </message>
    <message>
        <source>From: {experience} ({dates})</source>
        <translation>Doświadczenie: {experience} ({dates})</translation>
    </message>
    <message>
        <source>Rest&amp;ore story</source>
        <translation>&amp;Przywróć epizod</translation>
    </message>
    <message>
        <source>&amp;Discard story</source>
        <translation>&amp;Odrzuć epizod</translation>
    </message>
    <message>
        <source>Bring the story back into the balance</source>
        <translation>Przywróć epizod do bilansu</translation>
    </message>
    <message>
        <source>Keep the story listed, greyed, but leave it out of the balance</source>
        <translation>Zostaw epizod na liście (wyszarzony), ale pomiń go w bilansie</translation>
    </message>
    <message>
        <source>Discarded: the story stays here but is not part of the balance. Restore it to use it again.</source>
        <translation>Odrzucony: epizod zostaje na liście, ale nie należy do bilansu. Przywróć go, aby znów z niego korzystać.</translation>
    </message>
    <message>
        <source>Complete: Situation, Task, Action and Result are there.</source>
        <translation>Kompletny: opisano sytuację, zadanie, działanie i rezultat.</translation>
    </message>
    <message>
        <source>Still empty.</source>
        <translation>Jeszcze puste.</translation>
    </message>
    <message>
        <source>Situation (S)</source>
        <translation>Sytuacja (S)</translation>
    </message>
    <message>
        <source>Task (T)</source>
        <translation>Zadanie (Z)</translation>
    </message>
    <message>
        <source>Action (A)</source>
        <translation>Działanie (D)</translation>
    </message>
    <message>
        <source>Result (R)</source>
        <translation>Rezultat (R)</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksja</translation>
    </message>
    <message>
        <source>Possible evidence</source>
        <translation>Możliwe dowody</translation>
    </message>
    <message>
        <source>Opening the story</source>
        <translation>Na początek</translation>
    </message>
    <message>
        <source>Add a story</source>
        <translation>dodanie epizodu</translation>
    </message>
    <message>
        <source>Remove the story “{title}”? Competences keep existing but lose their link to it. You can undo this (Ctrl+Z). To keep the story but leave it out of the balance, discard it instead.</source>
        <translation>Usunąć epizod „{title}”? Kompetencje pozostaną, ale stracą powiązanie z nim. Można to cofnąć (Ctrl+Z). Aby zachować epizod, ale pominąć go w bilansie, odrzuć go zamiast usuwać.</translation>
    </message>
    <message>
        <source>Remove story</source>
        <translation>Usuń epizod</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Remove a story</source>
        <translation>usunięcie epizodu</translation>
    </message>
    <message>
        <source>Discard a story</source>
        <translation>odrzucenie epizodu</translation>
    </message>
    <message>
        <source>Restore a story</source>
        <translation>przywrócenie epizodu</translation>
    </message>
    <message>
        <source>Edit “{field}”</source>
        <translation>edycję pola „{field}”</translation>
    </message>
</context>
<context>
    <name>BiographyPage</name>
    <message>
        <source>Ukraine</source>
        <translation>Ukraina</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Niemcy</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Holandia</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlandia</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norwegia</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Włochy</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francja</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Czechy</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Słowacja</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Białoruś</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgia</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Szwecja</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dania</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Hiszpania</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litwa</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>since {start} – now</source>
        <translation>od {start} – nadal</translation>
    </message>
    <message>
        <source>until now</source>
        <translation>do dziś</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>do {end}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez daty</translation>
    </message>
    <message>
        <source>approx. {date}</source>
        <translation>ok. {date}</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>uznane</translation>
    </message>
    <message>
        <source>recognition unconfirmed</source>
        <translation>uznanie niepotwierdzone</translation>
    </message>
    <message>
        <source>Timeline of experiences</source>
        <translation>Oś czasu doświadczeń</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Show life area</source>
        <translation>Pokaż obszar życia</translation>
    </message>
    <message>
        <source>All life areas</source>
        <translation>Wszystkie obszary życia</translation>
    </message>
    <message>
        <source>No experiences yet. Add the first one with “Add experience” ({shortcut}): school, courses, work, the farm, family care, voluntary work, hobbies…</source>
        <translation>Nie ma jeszcze doświadczeń. Dodaj pierwsze przyciskiem „Dodaj doświadczenie” ({shortcut}): szkoła, kursy, praca, gospodarstwo, opieka nad rodziną, wolontariat, hobby…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Doświadczenie</translation>
    </message>
    <message>
        <source>&amp;Add experience…</source>
        <translation>Dod&amp;aj doświadczenie…</translation>
    </message>
    <message>
        <source>Add experience</source>
        <translation>Dodaj doświadczenie</translation>
    </message>
    <message>
        <source>Choose the life area of the new experience ({shortcut})</source>
        <translation>Wybierz obszar życia nowego doświadczenia ({shortcut})</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected experience</source>
        <translation>Usuń zaznaczone doświadczenie</translation>
    </message>
    <message>
        <source>Remove the selected experience (Delete)</source>
        <translation>Usuń zaznaczone doświadczenie (Delete)</translation>
    </message>
    <message>
        <source>Select an experience on the timeline, or add a new one.</source>
        <translation>Zaznacz doświadczenie na osi czasu albo dodaj nowe.</translation>
    </message>
    <message>
        <source>What the person did and learned</source>
        <translation>Co ta osoba robiła i czego się nauczyła</translation>
    </message>
    <message>
        <source>Abroad</source>
        <translation>Za granicą</translation>
    </message>
    <message>
        <source>&amp;Life area</source>
        <translation>Obsza&amp;r życia</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;Place or organisation</source>
        <translation>&amp;Miejsce lub organizacja</translation>
    </message>
    <message>
        <source>Rol&amp;e or position</source>
        <translation>Rola lub &amp;stanowisko</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <source>&amp;Intensity</source>
        <translation>&amp;Intensywność</translation>
    </message>
    <message>
        <source>Acti&amp;vities</source>
        <translation>&amp;Czynności</translation>
    </message>
    <message>
        <source>Ac&amp;hievements</source>
        <translation>Osią&amp;gnięcia</translation>
    </message>
    <message>
        <source>&amp;What they learned</source>
        <translation>C&amp;zego się nauczył(a)</translation>
    </message>
    <message>
        <source>&amp;Documents mentioned</source>
        <translation>&amp;Wspomniane dokumenty</translation>
    </message>
    <message>
        <source>Sour&amp;ce</source>
        <translation>Źródło in&amp;formacji</translation>
    </message>
    <message>
        <source>Co&amp;untry</source>
        <translation>&amp;Kraj</translation>
    </message>
    <message>
        <source>Original na&amp;me</source>
        <translation>Nazwa orygina&amp;lna</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Recognition in Poland</source>
        <translation>Uznanie w Polsce</translation>
    </message>
    <message>
        <source>Recognised b&amp;y</source>
        <translation>Organ uzna&amp;jący</translation>
    </message>
    <message>
        <source>Recognition date</source>
        <translation>Data uznania</translation>
    </message>
    <message>
        <source>e.g. Shop assistant in the village grocery</source>
        <translation>np. Sprzedawczyni w wiejskim sklepie spożywczym</translation>
    </message>
    <message>
        <source>May be general, e.g. “a shop in the gmina”</source>
        <translation>Można ogólnie, np. „sklep w gminie”</translation>
    </message>
    <message>
        <source>Appro&amp;ximate (approx.)</source>
        <translation>Daty przybliżon&amp;e (ok.)</translation>
    </message>
    <message>
        <source>The person does not remember the dates exactly</source>
        <translation>Osoba nie pamięta dokładnych dat</translation>
    </message>
    <message>
        <source>Ongoin&amp;g (until now)</source>
        <translation>&amp;Nadal trwa</translation>
    </message>
    <message>
        <source>The experience continues today; no end date</source>
        <translation>Doświadczenie trwa do dziś; bez daty zakończenia</translation>
    </message>
    <message>
        <source>Deepen in the &amp;behavioural interview</source>
        <translation>Pogłębić w wywiadzie &amp;behawioralnym</translation>
    </message>
    <message>
        <source>Experience abroad or foreig&amp;n education</source>
        <translation>Doświadczenie lub w&amp;ykształcenie za granicą</translation>
    </message>
    <message>
        <source>One per line: what the person actually did, e.g. “served customers at the till”</source>
        <translation>Po jednej w wierszu: co ta osoba faktycznie robiła, np. „obsługa klientów przy kasie”</translation>
    </message>
    <message>
        <source>One per line, e.g. “certificate of the forklift course”</source>
        <translation>Po jednym w wierszu, np. „zaświadczenie z kursu na wózki”</translation>
    </message>
    <message>
        <source>As written in the document, any script</source>
        <translation>Tak jak w dokumencie, w dowolnym alfabecie</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>e.g. UA</source>
        <translation>np. UA</translation>
    </message>
    <message>
        <source>Two-letter country code; choose or type, e.g. UA</source>
        <translation>Dwuliterowy kod kraju; wybierz z listy lub wpisz, np. UA</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <source>Recognised (to be confirmed)</source>
        <translation>Uznane (do potwierdzenia)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(bez tytułu)</translation>
    </message>
    <message>
        <source>to deepen</source>
        <translation>do pogłębienia</translation>
    </message>
    <message>
        <source>Recognised by {authority} on {date}.</source>
        <translation>Uznanie potwierdzone: {authority}, {date}.</translation>
    </message>
    <message>
        <source>Recognition unconfirmed: it is shown as recognised only once the authority and the date of the decision are given below.</source>
        <translation>Uznanie niepotwierdzone: będzie pokazywane jako uznane dopiero po podaniu poniżej organu uznającego i daty decyzji.</translation>
    </message>
    <message>
        <source>Status: {status}.</source>
        <translation>Status: {status}.</translation>
    </message>
    <message>
        <source>The whole life path</source>
        <translation>Cała droga życiowa</translation>
    </message>
    <message>
        <source>Add an experience</source>
        <translation>dodanie doświadczenia</translation>
    </message>
    <message>
        <source>Remove “{title}” from the timeline?</source>
        <translation>Usunąć „{title}” z osi czasu?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n STAR stories of the behavioural interview are removed too.</source>
        <translation>
            <numerusform>Zostanie też usunięty %n powiązany epizod STAR z wywiadu behawioralnego.</numerusform>
            <numerusform>Zostaną też usunięte %n powiązane epizody STAR z wywiadu behawioralnego.</numerusform>
            <numerusform>Zostanie też usuniętych %n powiązanych epizodów STAR z wywiadu behawioralnego.</numerusform>
        </translation>
    </message>
    <message>
        <source>Competences keep existing but lose their link to it. You can undo this (Ctrl+Z).</source>
        <translation>Kompetencje pozostaną, ale stracą powiązanie z tym doświadczeniem. Można to cofnąć (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Remove experience</source>
        <translation>Usuń doświadczenie</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Remove an experience</source>
        <translation>usunięcie doświadczenia</translation>
    </message>
    <message>
        <source>Edit “{field}”</source>
        <translation>edycję pola „{field}”</translation>
    </message>
    <message>
        <source>Write the date as DD.MM.YYYY, e.g. 12.05.2023. Your text stays here but is not saved until it is a date.</source>
        <translation>Wpisz datę w formacie DD.MM.RRRR, np. 12.05.2023. Wpisany tekst zostaje w polu, ale nie zostanie zapisany, dopóki nie będzie datą.</translation>
    </message>
    <message>
        <source>end before start</source>
        <translation>koniec przed początkiem</translation>
    </message>
    <message>
        <source>country code</source>
        <translation>kod kraju</translation>
    </message>
    <message>
        <source>text too long</source>
        <translation>za długi tekst</translation>
    </message>
    <message>
        <source>check</source>
        <translation>sprawdź</translation>
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
        <translation>Tekst był za długi i został skrócony: najwyżej {limit} znaków w wierszu.</translation>
    </message>
    <message>
        <source>The text was too long and was cut to {limit} characters.</source>
        <translation>Tekst był za długi i został skrócony do {limit} znaków.</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <source>Reference catalogues</source>
        <translation>Katalogi referencyjne</translation>
    </message>
    <message>
        <source>Catalogue version {version} of {date}</source>
        <translation>Wersja katalogu {version} z {date}</translation>
    </message>
    <message>
        <source>&amp;Competences</source>
        <translation>&amp;Kompetencje</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Dowody</translation>
    </message>
    <message>
        <source>&amp;PRK levels</source>
        <translation>&amp;Poziomy PRK</translation>
    </message>
    <message>
        <source>E&amp;U key competences</source>
        <translation>Kompetencje kluczowe &amp;UE</translation>
    </message>
    <message>
        <source>&amp;Qualifications</source>
        <translation>K&amp;walifikacje</translation>
    </message>
    <message>
        <source>&amp;BUR categories</source>
        <translation>Kategorie &amp;BUR</translation>
    </message>
    <message>
        <source>Catalogues</source>
        <translation>Katalogi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>never the only evidence</source>
        <translation>nigdy jedyny dowód</translation>
    </message>
    <message>
        <source>Evidence type</source>
        <translation>Rodzaj dowodu</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>What counts</source>
        <translation>Co się liczy</translation>
    </message>
    <message>
        <source>Evidence types</source>
        <translation>Rodzaje dowodów</translation>
    </message>
    <message>
        <source>Evidence c&amp;riteria</source>
        <translation>K&amp;ryteria dowodów</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kryterium</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Typical tasks</source>
        <translation>Typowe zadania</translation>
    </message>
    <message>
        <source>Typical qualifications</source>
        <translation>Typowe kwalifikacje</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Key competence</source>
        <translation>Kompetencja kluczowa</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Training in Kierunek Kariera</source>
        <translation>Szkolenia w Kierunku Kariera</translation>
    </message>
    <message>
        <source>PRK level {level}</source>
        <translation>poziom PRK {level}</translation>
    </message>
    <message>
        <source>sample data</source>
        <translation>dane przykładowe</translation>
    </message>
    <message>
        <source>Qualification and learning outcomes</source>
        <translation>Kwalifikacja i efekty uczenia się</translation>
    </message>
    <message>
        <source>Qualifications, learning outcomes, verification criteria</source>
        <translation>Kwalifikacje, efekty uczenia się, kryteria weryfikacji</translation>
    </message>
    <message>
        <source>verification criterion</source>
        <translation>kryterium weryfikacji</translation>
    </message>
    <message>
        <source>Entries marked “sample data” were written for the app to practise with; the official texts come from the Integrated Qualifications Register (ZRK).</source>
        <translation>Pozycje oznaczone „dane przykładowe” przygotowano w aplikacji do ćwiczeń; oficjalne treści pochodzą ze Zintegrowanego Rejestru Kwalifikacji (ZRK).</translation>
    </message>
</context>
<context>
    <name>CompetencePickerDialog</name>
    <message>
        <source>Competence from the catalogue</source>
        <translation>Kompetencja z katalogu</translation>
    </message>
    <message>
        <source>&amp;Use competence</source>
        <translation>&amp;Użyj kompetencji</translation>
    </message>
    <message>
        <source>Use the selected competence</source>
        <translation>Użyj wybranej kompetencji</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>CompetenceSearch</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>Categor&amp;y:</source>
        <translation>Kat&amp;egoria:</translation>
    </message>
    <message>
        <source>Search the competence catalogue</source>
        <translation>Szukaj w katalogu kompetencji</translation>
    </message>
    <message>
        <source>A word of the name, e.g. kasa</source>
        <translation>Słowo z nazwy, np. kasa</translation>
    </message>
    <message>
        <source>Type part of a word; Polish letters are optional. Down arrow goes to the list.</source>
        <translation>Wpisz część słowa; polskie litery nie są konieczne. Strzałka w dół przechodzi do listy.</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Wszystkie kategorie</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Przykład</translation>
    </message>
    <message>
        <source>Competences of the catalogue</source>
        <translation>Kompetencje z katalogu</translation>
    </message>
    <message numerus="yes">
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n kompetencja</numerusform>
            <numerusform>%n kompetencje</numerusform>
            <numerusform>%n kompetencji</numerusform>
        </translation>
    </message>
    <message>
        <source>No competence matches.</source>
        <translation>Żadna kompetencja nie pasuje.</translation>
    </message>
</context>
<context>
    <name>CompetencesPage</name>
    <message>
        <source>Name what the participant knows, can do and is ready to do. Start each statement with a verb that others can observe and check, and link it to the experiences it comes from.</source>
        <translation>Nazwij, co uczestnik wie, co potrafi i do czego jest gotowy. Zaczynaj każde sformułowanie od czasownika opisującego działanie, które inni mogą zaobserwować i sprawdzić, i powiąż je z doświadczeniami, z których wynika.</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Pokaż</translation>
    </message>
    <message>
        <source>Show competences of the kind</source>
        <translation>Pokaż kompetencje rodzaju</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Co&amp;mpetences</source>
        <translation>&amp;Kompetencje</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <source>&amp;Add competence</source>
        <translation>&amp;Dodaj kompetencję</translation>
    </message>
    <message>
        <source>Add competence</source>
        <translation>Dodaj kompetencję</translation>
    </message>
    <message>
        <source>From &amp;catalogue…</source>
        <translation>Z kat&amp;alogu…</translation>
    </message>
    <message>
        <source>Add a competence from the catalogue</source>
        <translation>Dodaj kompetencję z katalogu</translation>
    </message>
    <message>
        <source>Add a competence from the reference catalogue (Ctrl+Shift+K)</source>
        <translation>Dodaj kompetencję z katalogu referencyjnego (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected competence</source>
        <translation>Usuń zaznaczoną kompetencję</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>&amp;Statement</source>
        <translation>&amp;Treść</translation>
    </message>
    <message>
        <source>Conte&amp;xt</source>
        <translation>Ko&amp;ntekst</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>Po&amp;ziom</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>E&amp;xperiences</source>
        <translation>D&amp;oświadczenia</translation>
    </message>
    <message>
        <source>Stor&amp;ies</source>
        <translation>Ep&amp;izody</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>Do&amp;wody</translation>
    </message>
    <message>
        <source>Experiences the competence comes from</source>
        <translation>Doświadczenia, z których wynika kompetencja</translation>
    </message>
    <message>
        <source>Stories (STAR) that show the competence</source>
        <translation>Epizody (STAR), które pokazują kompetencję</translation>
    </message>
    <message>
        <source>Evidence supporting this competence</source>
        <translation>Dowody potwierdzające tę kompetencję</translation>
    </message>
    <message>
        <source>Evidence of the portfolio that supports this competence</source>
        <translation>Dowody z portfolio, które potwierdzają tę kompetencję</translation>
    </message>
    <message>
        <source>How independently the participant uses the competence. The scale is the app&apos;s, worded after the Polish Qualifications Framework; the method prescribes none.</source>
        <translation>Jak samodzielnie uczestnik korzysta z tej kompetencji. Skala pochodzi z programu i jest sformułowana na wzór Polskiej Ramy Kwalifikacji; metoda nie narzuca żadnej skali.</translation>
    </message>
    <message>
        <source>One sentence in the third person, starting with an operational verb: knowledge “zna…, rozumie…”, skills “obsługuje…, prowadzi…”, social competences “jest gotów(-owa) do…, dba o…”.</source>
        <translation>Jedno zdanie w trzeciej osobie, zaczynające się od czasownika operacyjnego: wiedza „zna…, rozumie…”, umiejętności „obsługuje…, prowadzi…”, kompetencje społeczne „jest gotów(-owa) do…, dba o…”.</translation>
    </message>
    <message>
        <source>Where, with what, how much: e.g. in a shop of up to 50 m²</source>
        <translation>Gdzie, czym, w jakim zakresie, np. w sklepie do 50 m²</translation>
    </message>
    <message>
        <source>A &amp;strength of the participant</source>
        <translation>&amp;Mocna strona uczestnika</translation>
    </message>
    <message>
        <source>A strength of the participant</source>
        <translation>Mocna strona uczestnika</translation>
    </message>
    <message>
        <source>Relevant to the &amp;goal</source>
        <translation>Istotna dla &amp;celu</translation>
    </message>
    <message>
        <source>Relevant to the goal</source>
        <translation>Istotna dla celu</translation>
    </message>
    <message>
        <source>No competence is selected. Add one with “Add competence”, or create it from a story in the behavioural interview.</source>
        <translation>Nie zaznaczono żadnej kompetencji. Dodaj ją przyciskiem „Dodaj kompetencję” albo utwórz z epizodu w wywiadzie behawioralnym.</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nie oceniono</translation>
    </message>
    <message>
        <source>1 – with help or under supervision</source>
        <translation>1 – z pomocą lub pod nadzorem</translation>
    </message>
    <message>
        <source>2 – partly independently</source>
        <translation>2 – częściowo samodzielnie</translation>
    </message>
    <message>
        <source>3 – independently</source>
        <translation>3 – samodzielnie</translation>
    </message>
    <message>
        <source>4 – independently, teaches or leads others</source>
        <translation>4 – samodzielnie, uczy lub prowadzi innych</translation>
    </message>
    <message>
        <source>(no statement yet)</source>
        <translation>(jeszcze bez treści)</translation>
    </message>
    <message>
        <source>(evidence without a title)</source>
        <translation>(dowód bez tytułu)</translation>
    </message>
    <message>
        <source>From the catalogue: {ref} (not in this catalogue version)</source>
        <translation>Z katalogu: {ref} (brak w tej wersji katalogu)</translation>
    </message>
    <message>
        <source>From the catalogue: {name} ({category})</source>
        <translation>Z katalogu: {name} ({category})</translation>
    </message>
    <message>
        <source>– no longer offered since version {version}</source>
        <translation>– wycofana w wersji {version}</translation>
    </message>
    <message>
        <source>(experience without a title)</source>
        <translation>(doświadczenie bez tytułu)</translation>
    </message>
    <message>
        <source>{title} (discarded)</source>
        <translation>{title} (odrzucony)</translation>
    </message>
    <message numerus="yes">
        <source>Draft: %n STAR part(s) missing</source>
        <translation>
            <numerusform>Szkic: brakuje %n części STAR</numerusform>
            <numerusform>Szkic: brakuje %n części STAR</numerusform>
            <numerusform>Szkic: brakuje %n części STAR</numerusform>
        </translation>
    </message>
    <message>
        <source>Knowledge says what the person knows or understands, e.g. {examples}</source>
        <translation>Wiedza opisuje, co osoba zna lub rozumie, np. {examples}</translation>
    </message>
    <message>
        <source>A skill says what the person does, e.g. {examples}</source>
        <translation>Umiejętność opisuje, co osoba robi, np. {examples}</translation>
    </message>
    <message>
        <source>A social competence says what the person is ready to do or takes care of, e.g. {examples}</source>
        <translation>Kompetencja społeczna opisuje, do czego osoba jest gotowa lub o co dba, np. {examples}</translation>
    </message>
    <message>
        <source>Tip: write in the third person: “{third}” instead of “{word}”.</source>
        <translation>Wskazówka: pisz w trzeciej osobie: „{third}” zamiast „{word}”.</translation>
    </message>
    <message>
        <source>Tip: start with an operational verb, an action others can observe.</source>
        <translation>Wskazówka: zacznij od czasownika operacyjnego – działania, które inni mogą zaobserwować.</translation>
    </message>
    <message>
        <source>Tip: “{word}” describes knowledge.</source>
        <translation>Wskazówka: „{word}” opisuje wiedzę.</translation>
    </message>
    <message>
        <source>Tip: “{word}” describes a skill.</source>
        <translation>Wskazówka: „{word}” opisuje umiejętność.</translation>
    </message>
    <message>
        <source>Tip: “{word}” describes a social competence.</source>
        <translation>Wskazówka: „{word}” opisuje kompetencję społeczną.</translation>
    </message>
    <message>
        <source>Or change the type.</source>
        <translation>Możesz też zmienić rodzaj.</translation>
    </message>
    <message>
        <source>Tip: “{word}” cannot be observed or checked.</source>
        <translation>Wskazówka: „{word}” nie opisuje niczego, co można zaobserwować lub sprawdzić.</translation>
    </message>
    <message>
        <source>Tip: “{word}” says what the person likes, not what they can do.</source>
        <translation>Wskazówka: „{word}” opisuje, co osoba lubi, a nie co potrafi.</translation>
    </message>
    <message>
        <source>Tip: “{word}” names a trait; describe the behaviour that shows it.</source>
        <translation>Wskazówka: „{word}” to cecha; opisz zachowanie, które ją pokazuje.</translation>
    </message>
    <message>
        <source>Tip: “{word}” alone is ambiguous; add with whom, where or in what situation.</source>
        <translation>Wskazówka: samo „{word}” jest niejednoznaczne; dodaj, z kim, gdzie lub w jakiej sytuacji.</translation>
    </message>
    <message>
        <source>Write instead, e.g. {examples}</source>
        <translation>Zamiast tego napisz np. {examples}</translation>
    </message>
    <message>
        <source>Add a competence</source>
        <translation>dodanie kompetencji</translation>
    </message>
    <message>
        <source>Add a competence from a story</source>
        <translation>dodanie kompetencji z epizodu</translation>
    </message>
    <message>
        <source>Remove competence</source>
        <translation>Usuń kompetencję</translation>
    </message>
    <message>
        <source>Remove the competence “{statement}”?

Its links to evidence and to the plan are removed too. Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunąć kompetencję „{statement}”?

Jej powiązania z dowodami i z planem też zostaną usunięte. Cofnięcie (Ctrl+Z) ją przywróci.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Remove a competence</source>
        <translation>usunięcie kompetencji</translation>
    </message>
    <message>
        <source>Change the type of a competence</source>
        <translation>zmianę rodzaju kompetencji</translation>
    </message>
    <message>
        <source>Edit a competence statement</source>
        <translation>edycję treści kompetencji</translation>
    </message>
    <message>
        <source>Edit the context of a competence</source>
        <translation>edycję kontekstu kompetencji</translation>
    </message>
    <message>
        <source>Change the level of a competence</source>
        <translation>zmianę poziomu kompetencji</translation>
    </message>
    <message>
        <source>Change the status of a competence</source>
        <translation>zmianę statusu kompetencji</translation>
    </message>
    <message>
        <source>Mark a strength</source>
        <translation>oznaczenie mocnej strony</translation>
    </message>
    <message>
        <source>Mark a competence relevant to the goal</source>
        <translation>oznaczenie kompetencji jako istotnej dla celu</translation>
    </message>
    <message>
        <source>Link an experience</source>
        <translation>powiązanie doświadczenia</translation>
    </message>
    <message>
        <source>Unlink an experience</source>
        <translation>odłączenie doświadczenia</translation>
    </message>
    <message>
        <source>Link a story</source>
        <translation>powiązanie epizodu</translation>
    </message>
    <message>
        <source>Unlink a story</source>
        <translation>odłączenie epizodu</translation>
    </message>
    <message>
        <source>Link evidence</source>
        <translation>Powiąż dowód</translation>
    </message>
    <message>
        <source>Unlink evidence</source>
        <translation>Odłącz dowód</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts and rejected items</source>
        <translation>Konflikty synchronizacji i odrzucone pozycje</translation>
    </message>
    <message>
        <source>Nothing here was overwritten or deleted: both versions are kept until you decide.</source>
        <translation>Nic nie zostało nadpisane ani usunięte: obie wersje są przechowywane, dopóki nie zdecydujesz.</translation>
    </message>
    <message>
        <source>Bala&amp;nces in conflict:</source>
        <translation>Bilanse w ko&amp;nflikcie:</translation>
    </message>
    <message>
        <source>Balances in conflict</source>
        <translation>Bilanse w konflikcie</translation>
    </message>
    <message>
        <source>Show only &amp;differences</source>
        <translation>Pokaż tylko &amp;różnice</translation>
    </message>
    <message>
        <source>Show only differences</source>
        <translation>Pokaż tylko różnice</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>This laptop</source>
        <translation>Ten laptop</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>Comparison of this laptop&apos;s version and the server version</source>
        <translation>Porównanie wersji z tego laptopa i wersji z serwera</translation>
    </message>
    <message>
        <source>Create a new revision on top of the server version</source>
        <translation>Utwórz nową wersję na podstawie wersji z serwera</translation>
    </message>
    <message>
        <source>Opens a new draft with this laptop&apos;s content based on the server version. Add what the server version has, then finish the balance again.</source>
        <translation>Otwiera nowy szkic z treścią z tego laptopa, oparty na wersji z serwera. Uzupełnij to, co zawiera wersja z serwera, i ponownie zakończ bilans.</translation>
    </message>
    <message>
        <source>The participant&apos;s data was changed on this laptop and elsewhere. The server kept its value; choose which one is right.</source>
        <translation>Dane uczestnika zmieniono na tym laptopie i w innym miejscu. Serwer zachował swoją wartość; wybierz, która jest właściwa.</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Server value</source>
        <translation>Wartość na serwerze</translation>
    </message>
    <message>
        <source>This laptop&apos;s value</source>
        <translation>Wartość z tego laptopa</translation>
    </message>
    <message>
        <source>Participant data in conflict</source>
        <translation>Dane uczestników w konflikcie</translation>
    </message>
    <message>
        <source>&amp;Keep server value</source>
        <translation>&amp;Zachowaj wartość z serwera</translation>
    </message>
    <message>
        <source>Keep server value</source>
        <translation>Zachowaj wartość z serwera</translation>
    </message>
    <message>
        <source>&amp;Use this laptop&apos;s value</source>
        <translation>&amp;Użyj wartości z tego laptopa</translation>
    </message>
    <message>
        <source>Use this laptop&apos;s value</source>
        <translation>Użyj wartości z tego laptopa</translation>
    </message>
    <message>
        <source>The server refused these items. They stay on this laptop; correct the balance (a new revision) or ask your coordinator.</source>
        <translation>Serwer odrzucił te pozycje. Pozostają na tym laptopie; popraw bilans (nowa wersja) lub zwróć się do koordynatora.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Rejected items</source>
        <translation>Odrzucone pozycje</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Kinds of problems</source>
        <translation>Rodzaje problemów</translation>
    </message>
    <message>
        <source>Creating the new revision…</source>
        <translation>Tworzenie nowej wersji…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Balances (%n)</source>
        <translation>
            <numerusform>&amp;Bilanse (%n)</numerusform>
            <numerusform>&amp;Bilanse (%n)</numerusform>
            <numerusform>&amp;Bilanse (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Participant data (%n)</source>
        <translation>
            <numerusform>&amp;Dane uczestników (%n)</numerusform>
            <numerusform>&amp;Dane uczestników (%n)</numerusform>
            <numerusform>&amp;Dane uczestników (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;jected (%n)</source>
        <translation>
            <numerusform>Odrzu&amp;cone (%n)</numerusform>
            <numerusform>Odrzu&amp;cone (%n)</numerusform>
            <numerusform>Odrzu&amp;cone (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No balance is in conflict.</source>
        <translation>Żaden bilans nie jest w konflikcie.</translation>
    </message>
    <message>
        <source>The server version has not been downloaded yet. Sync now, then compare the two versions here.</source>
        <translation>Wersja z serwera nie została jeszcze pobrana. Zsynchronizuj teraz, a potem porównaj tu obie wersje.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the two versions.</source>
        <translation>
            <numerusform>%n różnica między wersjami.</numerusform>
            <numerusform>%n różnice między wersjami.</numerusform>
            <numerusform>%n różnic między wersjami.</numerusform>
        </translation>
    </message>
    <message>
        <source>differs</source>
        <translation>różni się</translation>
    </message>
    <message>
        <source>(not in the server version)</source>
        <translation>(brak w wersji z serwera)</translation>
    </message>
    <message>
        <source>(not in this laptop&apos;s version)</source>
        <translation>(brak w wersji z tego laptopa)</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Participant data</source>
        <translation>Dane uczestnika</translation>
    </message>
    <message>
        <source>Attached file</source>
        <translation>Załączony plik</translation>
    </message>
    <message>
        <source>The server found the data incomplete or invalid.</source>
        <translation>Serwer uznał dane za niepełne lub nieprawidłowe.</translation>
    </message>
    <message>
        <source>A different version was already sent under the same identifier (a program error: please report it).</source>
        <translation>Pod tym samym identyfikatorem wysłano już inną wersję (błąd programu: prosimy o zgłoszenie).</translation>
    </message>
    <message>
        <source>The server does not accept this data version yet; it is sent again after an update.</source>
        <translation>Serwer nie przyjmuje jeszcze tej wersji danych; zostanie wysłana ponownie po aktualizacji.</translation>
    </message>
    <message>
        <source>The participant&apos;s data was erased on the server (GDPR); this item was dropped.</source>
        <translation>Dane uczestnika usunięto na serwerze (RODO); ta pozycja została porzucona.</translation>
    </message>
    <message>
        <source>The participant is not known on the server.</source>
        <translation>Serwer nie zna tego uczestnika.</translation>
    </message>
    <message>
        <source>No permission, or the case was transferred to someone else.</source>
        <translation>Brak uprawnień albo sprawę przekazano innej osobie.</translation>
    </message>
    <message>
        <source>The item is larger than the server accepts.</source>
        <translation>Pozycja jest większa, niż przyjmuje serwer.</translation>
    </message>
    <message>
        <source>The file arrived damaged; it is sent again after the balance is corrected.</source>
        <translation>Plik dotarł uszkodzony; zostanie wysłany ponownie po poprawieniu bilansu.</translation>
    </message>
    <message>
        <source>A different file with the same name was already sent for this revision.</source>
        <translation>Dla tej wersji wysłano już inny plik o tej samej nazwie.</translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Art. {article}({paragraph})({letter})</source>
        <translation>Art. {article} ust. {paragraph} lit. {letter}</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Clause version</source>
        <translation>Wersja klauzuli</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Data udzielenia</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Consents are never deleted. A consent recorded by mistake is withdrawn, so the balance keeps an honest record of what happened and when.</source>
        <translation>Zgód nigdy się nie usuwa. Zgodę zapisaną przez pomyłkę trzeba wycofać – dzięki temu bilans rzetelnie pokazuje, co się wydarzyło i kiedy.</translation>
    </message>
    <message>
        <source>&amp;Withdraw consent…</source>
        <translation>Wycofaj z&amp;godę…</translation>
    </message>
    <message>
        <source>Withdraw the selected consent</source>
        <translation>Wycofaj zaznaczoną zgodę</translation>
    </message>
    <message>
        <source>Records the withdrawal with the current date and time; nothing is deleted.</source>
        <translation>Zapisuje wycofanie z bieżącą datą i godziną; nic nie jest usuwane.</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Zapisanie zgody</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>Cel &amp;zgody</translation>
    </message>
    <message>
        <source>Legal &amp;basis</source>
        <translation>Podst&amp;awa prawna</translation>
    </message>
    <message>
        <source>Clause &amp;version</source>
        <translation>Wersja kla&amp;uzuli</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <source>e.g. WUP-KK-2026-01</source>
        <translation>np. WUP-KK-2026-01</translation>
    </message>
    <message>
        <source>The version of the clause text the participant signed or heard.</source>
        <translation>Wersja treści klauzuli, którą uczestnik podpisał lub usłyszał.</translation>
    </message>
    <message>
        <source>Record &amp;consent</source>
        <translation>Zapisz zgo&amp;dę</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Zapisz zgodę</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Withdrawn on {when}</source>
        <translation>Wycofana {when}</translation>
    </message>
    <message>
        <source>Enter the version of the clause text before recording the consent.</source>
        <translation>Przed zapisaniem zgody wpisz wersję treści klauzuli.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Wycofaj zgodę</translation>
    </message>
    <message>
        <source>Withdraw the consent “{purpose}” given on {given}?

The withdrawal is recorded with the current date and time. The consent stays in the list; processing based on it must stop. Photos and files of the evidence linked to it are deleted for good; the evidence stays as text.</source>
        <translation>Wycofać zgodę „{purpose}” udzieloną {given}?

Wycofanie zostanie zapisane z bieżącą datą i godziną. Zgoda pozostanie na liście, ale trzeba zaprzestać przetwarzania na jej podstawie. Zdjęcia i pliki dowodów powiązanych z tą zgodą zostaną trwale usunięte; dowody pozostaną jako opis.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>Keep the consent</source>
        <translation>Zachowaj zgodę</translation>
    </message>
    <message>
        <source>Withdraw a consent</source>
        <translation>wycofanie zgody</translation>
    </message>
    <message>
        <source>Witness: {advisor} (the advisor recording the consent).</source>
        <translation>Świadek: {advisor} (doradca zapisujący zgodę).</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <source>Balance</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Experiences</source>
        <translation>Doświadczenia</translation>
    </message>
    <message>
        <source>Stories (behavioural interview)</source>
        <translation>Historie (wywiad behawioralny)</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>Development areas</source>
        <translation>Obszary rozwoju</translation>
    </message>
    <message>
        <source>Development plan</source>
        <translation>Plan rozwoju</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Informacja zwrotna</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Support ID</source>
        <translation>ID wsparcia</translation>
    </message>
    <message>
        <source>Advisor ID</source>
        <translation>ID doradcy</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Wycofano</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Powód wycofania</translation>
    </message>
    <message>
        <source>Starting situation</source>
        <translation>Sytuacja wyjściowa</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Powody</translation>
    </message>
    <message>
        <source>Initial goal</source>
        <translation>Cel początkowy</translation>
    </message>
    <message>
        <source>Type of goal</source>
        <translation>Rodzaj celu</translation>
    </message>
    <message>
        <source>Target qualification</source>
        <translation>Kwalifikacja docelowa</translation>
    </message>
    <message>
        <source>Planned meetings</source>
        <translation>Planowane spotkania</translation>
    </message>
    <message>
        <source>Constraints</source>
        <translation>Ograniczenia</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Dokument tożsamości</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Płeć</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Gmina</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Powiat</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Wykształcenie</translation>
    </message>
    <message>
        <source>Labour market status</source>
        <translation>Status na rynku pracy</translation>
    </message>
    <message>
        <source>Citizenship</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <source>Basis of residence</source>
        <translation>Podstawa pobytu</translation>
    </message>
    <message>
        <source>Disability</source>
        <translation>Niepełnosprawność</translation>
    </message>
    <message>
        <source>Disability document</source>
        <translation>Orzeczenie o niepełnosprawności</translation>
    </message>
    <message>
        <source>Communication language</source>
        <translation>Język komunikacji</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Potrzeby w zakresie dostępności</translation>
    </message>
    <message>
        <source>Intake channel</source>
        <translation>Źródło zgłoszenia</translation>
    </message>
    <message>
        <source>Start of participation</source>
        <translation>Początek udziału</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Obszar</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Koniec</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Trwa nadal</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Czynności</translation>
    </message>
    <message>
        <source>Achievements</source>
        <translation>Osiągnięcia</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Czego się nauczył(a)</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Sytuacja</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksja</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Opis kompetencji</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Poziom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontekst</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Luka</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Refined goal</source>
        <translation>Doprecyzowany cel</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Odpowiedzialny</translation>
    </message>
    <message>
        <source>Matching sectors</source>
        <translation>Pasujące branże</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
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
        <translation>Edukacja formalna</translation>
    </message>
    <message>
        <source>Courses, training and licences</source>
        <translation>Kursy, szkolenia i uprawnienia</translation>
    </message>
    <message>
        <source>Paid work</source>
        <translation>Praca zarobkowa</translation>
    </message>
    <message>
        <source>Farming</source>
        <translation>Gospodarstwo rolne</translation>
    </message>
    <message>
        <source>Social and voluntary activity</source>
        <translation>Działalność społeczna i wolontariat</translation>
    </message>
    <message>
        <source>Interests and hobbies</source>
        <translation>Zainteresowania i hobby</translation>
    </message>
    <message>
        <source>Family life and care</source>
        <translation>Życie rodzinne i opieka</translation>
    </message>
    <message>
        <source>Time abroad and migration</source>
        <translation>Pobyty za granicą i migracja</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Służba wojskowa</translation>
    </message>
    <message>
        <source>Other experience</source>
        <translation>Inne doświadczenia</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Pełny etat</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Część etatu</translation>
    </message>
    <message>
        <source>Seasonal</source>
        <translation>Sezonowo</translation>
    </message>
    <message>
        <source>Occasional</source>
        <translation>Okazjonalnie</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Wywiad</translation>
    </message>
    <message>
        <source>Form filled in by the participant</source>
        <translation>Formularz wypełniony przez uczestnika</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Online part of the balance</source>
        <translation>Część online bilansu</translation>
    </message>
    <message>
        <source>No translation</source>
        <translation>Bez tłumaczenia</translation>
    </message>
    <message>
        <source>Plain translation</source>
        <translation>Tłumaczenie zwykłe</translation>
    </message>
    <message>
        <source>Sworn translation</source>
        <translation>Tłumaczenie przysięgłe</translation>
    </message>
    <message>
        <source>Recognition not known</source>
        <translation>Brak informacji o uznaniu</translation>
    </message>
    <message>
        <source>Recognition in progress</source>
        <translation>Uznanie w toku</translation>
    </message>
    <message>
        <source>Recognised in Poland</source>
        <translation>Uznane w Polsce</translation>
    </message>
    <message>
        <source>Recognition not needed</source>
        <translation>Uznanie niepotrzebne</translation>
    </message>
    <message>
        <source>Wants to change jobs</source>
        <translation>Zmiana pracy</translation>
    </message>
    <message>
        <source>Returning to the labour market</source>
        <translation>Powrót na rynek pracy</translation>
    </message>
    <message>
        <source>Retraining for another occupation</source>
        <translation>Przekwalifikowanie do innego zawodu</translation>
    </message>
    <message>
        <source>Confirming qualifications (validation)</source>
        <translation>Potwierdzenie kwalifikacji (walidacja)</translation>
    </message>
    <message>
        <source>Development in the current job</source>
        <translation>Rozwój w obecnej pracy</translation>
    </message>
    <message>
        <source>Unsure of own potential</source>
        <translation>Niepewność co do własnego potencjału</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>Inny powód</translation>
    </message>
    <message>
        <source>Educational</source>
        <translation>Edukacyjny</translation>
    </message>
    <message>
        <source>Vocational</source>
        <translation>Zawodowy</translation>
    </message>
    <message>
        <source>Validation of a qualification</source>
        <translation>Walidacja kwalifikacji</translation>
    </message>
    <message>
        <source>Another goal</source>
        <translation>Inny cel</translation>
    </message>
    <message>
        <source>Processing of project data</source>
        <translation>Przetwarzanie danych w projekcie</translation>
    </message>
    <message>
        <source>Photos of work and evidence</source>
        <translation>Zdjęcia prac i dowodów</translation>
    </message>
    <message>
        <source>Images of other people</source>
        <translation>Wizerunek innych osób</translation>
    </message>
    <message>
        <source>Sharing the portfolio outside WUP</source>
        <translation>Udostępnianie portfolio poza WUP</translation>
    </message>
    <message>
        <source>Contact after the project</source>
        <translation>Kontakt po zakończeniu projektu</translation>
    </message>
    <message>
        <source>Another purpose</source>
        <translation>Inny cel</translation>
    </message>
    <message>
        <source>Art. 6(1)(a) GDPR: consent</source>
        <translation>Art. 6 ust. 1 lit. a RODO: zgoda</translation>
    </message>
    <message>
        <source>Art. 6(1)(c) GDPR: legal obligation</source>
        <translation>Art. 6 ust. 1 lit. c RODO: obowiązek prawny</translation>
    </message>
    <message>
        <source>Art. 6(1)(e) GDPR: public task</source>
        <translation>Art. 6 ust. 1 lit. e RODO: zadanie w interesie publicznym</translation>
    </message>
    <message>
        <source>Art. 9(2)(b) GDPR: employment and social security</source>
        <translation>Art. 9 ust. 2 lit. b RODO: zatrudnienie i zabezpieczenie społeczne</translation>
    </message>
    <message>
        <source>Art. 9(2)(g) GDPR: substantial public interest</source>
        <translation>Art. 9 ust. 2 lit. g RODO: ważny interes publiczny</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Podpisana na papierze</translation>
    </message>
    <message>
        <source>Signed on the screen</source>
        <translation>Podpisana na ekranie</translation>
    </message>
    <message>
        <source>Oral, with a witness</source>
        <translation>Ustna, przy świadku</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>Wiedza</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Umiejętności</translation>
    </message>
    <message>
        <source>Social competences</source>
        <translation>Kompetencje społeczne</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hipoteza</translation>
    </message>
    <message>
        <source>Declared by the participant</source>
        <translation>Deklarowana przez uczestnika</translation>
    </message>
    <message>
        <source>Documented</source>
        <translation>Udokumentowana</translation>
    </message>
    <message>
        <source>Confirmed externally</source>
        <translation>Potwierdzona zewnętrznie</translation>
    </message>
    <message>
        <source>Job offer</source>
        <translation>Oferta pracy</translation>
    </message>
    <message>
        <source>Occupation profile</source>
        <translation>Profil zawodu</translation>
    </message>
    <message>
        <source>Vocational curriculum</source>
        <translation>Podstawa programowa kształcenia w zawodzie</translation>
    </message>
    <message>
        <source>Qualification (ZRK)</source>
        <translation>Kwalifikacja (ZRK)</translation>
    </message>
    <message>
        <source>Another source</source>
        <translation>Inne źródło</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>Priorytet wysoki</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>Priorytet średni</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Priorytet niski</translation>
    </message>
    <message>
        <source>Training (BUR)</source>
        <translation>Szkolenie (BUR)</translation>
    </message>
    <message>
        <source>Validation of a qualification (ZRK)</source>
        <translation>Walidacja kwalifikacji (ZRK)</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Egzamin</translation>
    </message>
    <message>
        <source>Recognition of foreign education</source>
        <translation>Uznanie wykształcenia zagranicznego</translation>
    </message>
    <message>
        <source>Language course</source>
        <translation>Nauka języka</translation>
    </message>
    <message>
        <source>Self-study</source>
        <translation>Samokształcenie</translation>
    </message>
    <message>
        <source>Internship or work placement</source>
        <translation>Staż lub praktyka</translation>
    </message>
    <message>
        <source>Job search</source>
        <translation>Poszukiwanie pracy</translation>
    </message>
    <message>
        <source>Consultation (e.g. labour office, NAWA, education office)</source>
        <translation>Konsultacja (np. PUP, NAWA, kuratorium)</translation>
    </message>
    <message>
        <source>Another action</source>
        <translation>Inne działanie</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Uczestnik</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Doradca</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Zrealizowane</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Porzucone</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>Ustna</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Pisemna</translation>
    </message>
    <message>
        <source>Oral and written</source>
        <translation>Ustna i pisemna</translation>
    </message>
    <message>
        <source>Work sample</source>
        <translation>Próbka pracy</translation>
    </message>
    <message>
        <source>Record of work activity (notes, e-mails, job sheets)</source>
        <translation>Zapis aktywności zawodowej (notatki, e-maile, karty pracy)</translation>
    </message>
    <message>
        <source>Result of another method (test, observation, simulation)</source>
        <translation>Wynik innej metody (test, obserwacja, symulacja)</translation>
    </message>
    <message>
        <source>Course completion certificate</source>
        <translation>Zaświadczenie o ukończeniu kursu</translation>
    </message>
    <message>
        <source>Certificate or diploma</source>
        <translation>Certyfikat, świadectwo, dyplom</translation>
    </message>
    <message>
        <source>Academic degree or title</source>
        <translation>Stopień lub tytuł naukowy</translation>
    </message>
    <message>
        <source>Reflective journal</source>
        <translation>Dziennik refleksyjny</translation>
    </message>
    <message>
        <source>Reference letter</source>
        <translation>List polecający / referencje</translation>
    </message>
    <message>
        <source>CV (e.g. Europass)</source>
        <translation>Życiorys (np. CV Europass)</translation>
    </message>
    <message>
        <source>Self-reflective essay</source>
        <translation>Esej autorefleksyjny</translation>
    </message>
    <message>
        <source>Record of volunteering</source>
        <translation>Informacja o pracy wolontariackiej</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Zdjęcie</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Audience feedback</source>
        <translation>Opinie odbiorców</translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation>Zrzut ekranu</translation>
    </message>
    <message>
        <source>Code or application</source>
        <translation>Kod lub aplikacja</translation>
    </message>
    <message>
        <source>Statement (declaration)</source>
        <translation>Deklaracja (oświadczenie)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Spełnia</translation>
    </message>
    <message>
        <source>Partly met</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>Not met</source>
        <translation>Nie spełnia</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Nie oceniano</translation>
    </message>
    <message>
        <source>In the printed portfolio</source>
        <translation>W portfolio drukowanym</translation>
    </message>
    <message>
        <source>Advisor only</source>
        <translation>Tylko doradca</translation>
    </message>
    <message>
        <source>Excluded from the portfolio</source>
        <translation>Wyłączony z portfolio</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefonicznie</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Wideorozmowa</translation>
    </message>
</context>
<context>
    <name>FieldName</name>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgoda</translation>
    </message>
    <message>
        <source>Initial goal</source>
        <translation>Cel wstępny</translation>
    </message>
    <message>
        <source>Goal type</source>
        <translation>Rodzaj celu</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Doświadczenie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Sytuacja</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Zadanie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <source>Competence</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Linked experience</source>
        <translation>Powiązane doświadczenie</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowód</translation>
    </message>
    <message>
        <source>Plan action</source>
        <translation>Działanie w planie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
</context>
<context>
    <name>FilePreviewDialog</name>
    <message>
        <source>Preview: {name}</source>
        <translation>Podgląd: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Zamknij podgląd</translation>
    </message>
    <message>
        <source>Preview: {name} (page 1 of {count})</source>
        <translation>Podgląd: {name} (strona 1 z {count})</translation>
    </message>
    <message>
        <source>The PDF cannot be shown: PDFium cannot read its content.</source>
        <translation>Nie można pokazać pliku PDF: PDFium nie może odczytać jego zawartości.</translation>
    </message>
    <message>
        <source>The image cannot be shown: its content cannot be decoded.</source>
        <translation>Nie można pokazać obrazu: jego zawartości nie da się odczytać.</translation>
    </message>
    <message>
        <source>Preview of {name}</source>
        <translation>Podgląd pliku {name}</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Hand the case over</source>
        <translation>Przekaż sprawę</translation>
    </message>
    <message>
        <source>Enter the user name of the advisor who takes the case over.</source>
        <translation>Wpisz nazwę użytkownika doradcy, który przejmuje sprawę.</translation>
    </message>
    <message>
        <source>The handover is recorded in this balance&apos;s history with its date and note. With sync, the case moves to that advisor&apos;s account on the server at the next sync; enter their user name on the sync server.</source>
        <translation>Przekazanie zostanie zapisane w historii bilansu z datą i notatką. Przy synchronizacji sprawa przejdzie na konto tego doradcy na serwerze podczas najbliższej synchronizacji; wpisz jego nazwę użytkownika na serwerze synchronizacji.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>&amp;Notatka</translation>
    </message>
    <message>
        <source>&amp;User name of the advisor taking over</source>
        <translation>Nazwa &amp;użytkownika doradcy przejmującego</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Przekaż</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of the balance</source>
        <translation>Historia bilansu</translation>
    </message>
    <message>
        <source>History of the balance: {title}</source>
        <translation>Historia bilansu: {title}</translation>
    </message>
    <message>
        <source>History of changes</source>
        <translation>Historia zmian</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Concerning</source>
        <translation>Czego dotyczy</translation>
    </message>
    <message>
        <source>{entity} (participant&apos;s data form)</source>
        <translation>{entity} (formularz danych uczestnika)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Balance</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrakt</translation>
    </message>
    <message>
        <source>Read each item aloud and tick it when the participant has understood it. The balance can start when every item is ticked.</source>
        <translation>Odczytaj na głos każdy punkt i zaznacz go, gdy uczestnik go zrozumie. Bilans można rozpocząć, gdy wszystkie punkty są zaznaczone.</translation>
    </message>
    <message>
        <source>Reasons and starting situation</source>
        <translation>Powody zgłoszenia i sytuacja wyjściowa</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Processing of project data needs its legal basis recorded; photos of work, images of other people, sharing the portfolio and contact after the project need the participant&apos;s consent.</source>
        <translation>Przetwarzanie danych w projekcie wymaga zapisania podstawy prawnej; zdjęcia prac, wizerunek innych osób, udostępnianie portfolio i kontakt po zakończeniu projektu wymagają zgody uczestnika.</translation>
    </message>
    <message>
        <source>&amp;Variant</source>
        <translation>&amp;Wariant</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Support &amp;ID</source>
        <translation>&amp;ID wsparcia</translation>
    </message>
    <message>
        <source>&amp;Reasons for coming</source>
        <translation>&amp;Powody zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Starting situation</source>
        <translation>&amp;Sytuacja wyjściowa</translation>
    </message>
    <message>
        <source>Co&amp;nstraints</source>
        <translation>&amp;Ograniczenia</translation>
    </message>
    <message>
        <source>Initial &amp;goal</source>
        <translation>&amp;Cel wstępny</translation>
    </message>
    <message>
        <source>Goal &amp;type</source>
        <translation>&amp;Rodzaj celu</translation>
    </message>
    <message>
        <source>Target &amp;qualification</source>
        <translation>&amp;Kwalifikacja docelowa</translation>
    </message>
    <message>
        <source>&amp;Planned meetings</source>
        <translation>Planowana &amp;liczba spotkań</translation>
    </message>
    <message>
        <source>ID wsparcia given by the project, if any.</source>
        <translation>ID wsparcia nadane w projekcie, jeśli jest.</translation>
    </message>
    <message>
        <source>Why the participant came, their current work, what they expect.</source>
        <translation>Dlaczego uczestnik się zgłosił, czym się obecnie zajmuje, czego oczekuje.</translation>
    </message>
    <message>
        <source>Time, travel, care for others, health…</source>
        <translation>Czas, dojazd, opieka nad bliskimi, zdrowie…</translation>
    </message>
    <message>
        <source>An educational or vocational goal, in the participant&apos;s words.</source>
        <translation>Cel edukacyjny lub zawodowy, własnymi słowami uczestnika.</translation>
    </message>
    <message>
        <source>e.g. the name or code of a qualification in the ZRK</source>
        <translation>np. nazwa lub kod kwalifikacji w ZRK</translation>
    </message>
    <message>
        <source>Free text for now; choosing from the qualification catalogue comes later.</source>
        <translation>Na razie dowolny tekst; wybór z katalogu kwalifikacji pojawi się później.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nie ustalono</translation>
    </message>
    <message>
        <source>Planned number of meetings</source>
        <translation>Planowana liczba spotkań</translation>
    </message>
    <message>
        <source>Usually 2–7 meetings.</source>
        <translation>Zwykle 2–7 spotkań.</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Jeszcze nie wybrano</translation>
    </message>
    <message>
        <source>Informed about the purpose of the balance</source>
        <translation>Poinformowano o celu bilansu</translation>
    </message>
    <message>
        <source>Informed about how the balance runs</source>
        <translation>Poinformowano o przebiegu bilansu</translation>
    </message>
    <message>
        <source>Informed about the work required of the participant</source>
        <translation>Poinformowano o nakładzie pracy</translation>
    </message>
    <message>
        <source>Informed about how long the balance takes</source>
        <translation>Poinformowano o czasie trwania</translation>
    </message>
    <message>
        <source>Informed about the number of meetings</source>
        <translation>Poinformowano o liczbie spotkań</translation>
    </message>
    <message>
        <source>Participation is voluntary</source>
        <translation>Udział jest dobrowolny</translation>
    </message>
    <message>
        <source>Confidentiality rules discussed</source>
        <translation>Omówiono zasady poufności</translation>
    </message>
    <message>
        <source>Informed about the processing of personal data</source>
        <translation>Poinformowano o przetwarzaniu danych osobowych</translation>
    </message>
    <message>
        <source>{name}, gmina {gmina}</source>
        <translation>{name}, gmina {gmina}</translation>
    </message>
    <message>
        <source>{problem} Meetings are recorded on the Meetings page.</source>
        <translation>{problem} Spotkania zapisuje się na stronie „Spotkania”.</translation>
    </message>
    <message>
        <source>Participant&apos;s data: {problem} Correct it in the participant&apos;s form.</source>
        <translation>Dane uczestnika: {problem} Popraw to w formularzu uczestnika.</translation>
    </message>
    <message>
        <source>Change the variant</source>
        <translation>zmianę wariantu</translation>
    </message>
    <message>
        <source>Edit the support ID</source>
        <translation>edycję ID wsparcia</translation>
    </message>
    <message>
        <source>Edit the starting situation</source>
        <translation>edycję sytuacji wyjściowej</translation>
    </message>
    <message>
        <source>Edit the constraints</source>
        <translation>edycję ograniczeń</translation>
    </message>
    <message>
        <source>Edit the initial goal</source>
        <translation>edycję celu wstępnego</translation>
    </message>
    <message>
        <source>Change the goal type</source>
        <translation>zmianę rodzaju celu</translation>
    </message>
    <message>
        <source>Edit the target qualification</source>
        <translation>edycję kwalifikacji docelowej</translation>
    </message>
    <message>
        <source>Change the planned number of meetings</source>
        <translation>zmianę planowanej liczby spotkań</translation>
    </message>
    <message>
        <source>Change the reasons</source>
        <translation>zmianę powodów zgłoszenia</translation>
    </message>
    <message>
        <source>Tick a contract item</source>
        <translation>zaznaczenie punktu kontraktu</translation>
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
        <translation>Epizod wymaga opisu sytuacji, zadania, działania i rezultatu albo trzeba go odrzucić.</translation>
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
        <source>The file cannot be attached as evidence.</source>
        <translation>Nie można dołączyć pliku jako dowodu.</translation>
    </message>
    <message>
        <source>Attach a JPEG or PNG photo or a PDF scan, as it came from the camera or scanner.</source>
        <translation>Dołącz zdjęcie JPEG lub PNG albo skan PDF, tak jak zapisał je aparat lub skaner.</translation>
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
        <source>The profile is locked.</source>
        <translation>Profil jest zablokowany.</translation>
    </message>
    <message>
        <source>Unlock it with the system keyring or the recovery passphrase.</source>
        <translation>Odblokuj go systemowym pękiem kluczy albo hasłem odzyskiwania.</translation>
    </message>
    <message>
        <source>The sync server cannot be reached.</source>
        <translation>Nie można połączyć się z serwerem synchronizacji.</translation>
    </message>
    <message>
        <source>Check the network connection and the server address. Work continues offline; everything is sent later.</source>
        <translation>Sprawdź połączenie z siecią i adres serwera. Możesz dalej pracować bez sieci; wszystko zostanie wysłane później.</translation>
    </message>
    <message>
        <source>The server refused the sign-in.</source>
        <translation>Serwer odmówił logowania.</translation>
    </message>
    <message>
        <source>Check the user name and password. If they are right, the application may need an update, or this profile belongs to another account.</source>
        <translation>Sprawdź nazwę użytkownika i hasło. Jeśli są poprawne, aplikacja może wymagać aktualizacji albo ten profil należy do innego konta.</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Nazwa użytkownika lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <source>Check the user name and password (capital letters count). Your coordinator can reset the password.</source>
        <translation>Sprawdź nazwę użytkownika i hasło (wielkość liter ma znaczenie). Koordynator może ustawić nowe hasło.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts.</source>
        <translation>Zbyt wiele prób logowania.</translation>
    </message>
    <message>
        <source>Wait a few minutes, then try again.</source>
        <translation>Odczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This version of the application is too old for the server.</source>
        <translation>Ta wersja aplikacji jest zbyt stara dla serwera.</translation>
    </message>
    <message>
        <source>Install the newest version of the application, then sign in again. Nothing on this laptop is lost.</source>
        <translation>Zainstaluj najnowszą wersję aplikacji i zaloguj się ponownie. Nic z tego laptopa nie zostanie utracone.</translation>
    </message>
    <message>
        <source>This profile belongs to another account or another sync server.</source>
        <translation>Ten profil należy do innego konta lub innego serwera synchronizacji.</translation>
    </message>
    <message>
        <source>Sign in with the account this profile was used with, or open another profile for this account. The data of a profile is never sent to another account.</source>
        <translation>Zaloguj się na konto, z którym używano tego profilu, albo otwórz inny profil dla tego konta. Dane profilu nigdy nie są wysyłane na inne konto.</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>Adres serwera musi zaczynać się od https://.</translation>
    </message>
    <message>
        <source>Ask your coordinator for the https:// address of the sync server.</source>
        <translation>Poproś koordynatora o adres https:// serwera synchronizacji.</translation>
    </message>
    <message>
        <source>The database could not be upgraded.</source>
        <translation>Nie udało się zaktualizować bazy danych.</translation>
    </message>
    <message>
        <source>The previous data was restored from the backup. Please report this together with the log file.</source>
        <translation>Poprzednie dane zostały przywrócone z kopii zapasowej. Zgłoś ten problem i dołącz plik dziennika.</translation>
    </message>
    <message>
        <source>Try again after %1.</source>
        <extracomment>Next step of an error that says when to try again (``retry_at``: an aware datetime).</extracomment>
        <translation>Spróbuj ponownie po %1.</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Locked</source>
        <translation>Zablokowano</translation>
    </message>
    <message>
        <source>The profile is locked</source>
        <translation>Profil jest zablokowany</translation>
    </message>
    <message>
        <source>Profile “{profile}”. Your work was saved and the data is closed until you unlock it.</source>
        <translation>Profil „{profile}”. Twoja praca została zapisana, a dane są zamknięte do czasu odblokowania.</translation>
    </message>
    <message>
        <source>&amp;Unlock with the system keyring</source>
        <translation>&amp;Odblokuj systemowym pękiem kluczy</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Odblokuj systemowym pękiem kluczy</translation>
    </message>
    <message>
        <source>Or enter the recovery &amp;passphrase</source>
        <translation>Albo wpisz &amp;hasło odzyskiwania</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>Unloc&amp;k</source>
        <translation>O&amp;dblokuj</translation>
    </message>
    <message>
        <source>Unlock with the passphrase</source>
        <translation>Odblokuj hasłem</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Logowanie do serwera synchronizacji</translation>
    </message>
    <message>
        <source>Finished balances are sent to your organisation&apos;s server. The password is not stored; this laptop keeps a sign-in key in the system keyring.</source>
        <translation>Zakończone bilanse są wysyłane na serwer Twojej organizacji. Hasło nie jest zapisywane; ten laptop przechowuje klucz logowania w systemowym magazynie haseł.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>&amp;This computer:</source>
        <translation>&amp;Ten komputer:</translation>
    </message>
    <message>
        <source>Name of this computer</source>
        <translation>Nazwa tego komputera</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Shown to the administrator in the list of devices that may sync.</source>
        <translation>Widoczna dla administratora na liście urządzeń, które mogą się synchronizować.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Logowanie</translation>
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
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
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
        <translation>&amp;Otwórz bilans</translation>
    </message>
    <message>
        <source>Open the selected balance</source>
        <translation>Otwórz zaznaczony bilans</translation>
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
        <source>Reference &amp;catalogues…</source>
        <translation>&amp;Katalogi referencyjne…</translation>
    </message>
    <message>
        <source>Browse the reference catalogues</source>
        <translation>Przeglądaj katalogi referencyjne</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>Lock the profile now</source>
        <translation>Zablokuj profil teraz</translation>
    </message>
    <message>
        <source>S&amp;witch profile…</source>
        <translation>Zmień &amp;profil…</translation>
    </message>
    <message>
        <source>Save everything and open another advisor&apos;s profile</source>
        <translation>Zapisz wszystko i otwórz profil innego doradcy</translation>
    </message>
    <message>
        <source>E&amp;xport all data of the participant…</source>
        <translation>E&amp;ksportuj wszystkie dane uczestnika…</translation>
    </message>
    <message>
        <source>Export everything held about the selected participant (GDPR)</source>
        <translation>Eksportuj wszystko, co przechowujemy o wybranym uczestniku (RODO)</translation>
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
        <translation>Otwieranie bilansu…</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Wczytywanie danych demonstracyjnych…</translation>
    </message>
    <message>
        <source>Reference catalogues</source>
        <translation>Katalogi referencyjne</translation>
    </message>
    <message>
        <source>The reference catalogues could not be read.</source>
        <translation>Nie udało się odczytać katalogów referencyjnych.</translation>
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
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Record every meeting with the participant: when and where it took place, what was done and the homework given.</source>
        <translation>Zapisuj każde spotkanie z uczestnikiem: kiedy i gdzie się odbyło, co zrobiono i jakie zadanie domowe otrzymał uczestnik.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>&amp;Add meeting</source>
        <translation>&amp;Dodaj spotkanie</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Dodaj spotkanie</translation>
    </message>
    <message>
        <source>Add meeting (Ctrl+Shift+M)</source>
        <translation>Dodaj spotkanie (Ctrl+Shift+M)</translation>
    </message>
    <message>
        <source>&amp;Remove meeting…</source>
        <translation>&amp;Usuń spotkanie…</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Usuń spotkanie</translation>
    </message>
    <message>
        <source>No meetings recorded yet. Add the first one with “Add meeting”.</source>
        <translation>Nie zapisano jeszcze żadnego spotkania. Dodaj pierwsze przyciskiem „Dodaj spotkanie”.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>D&amp;ata</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Czas trwania</translation>
    </message>
    <message>
        <source>M&amp;ode</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Miejsce</translation>
    </message>
    <message>
        <source>&amp;Stages covered</source>
        <translation>&amp;Omówione etapy</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <source>&amp;Homework</source>
        <translation>&amp;Zadanie domowe</translation>
    </message>
    <message>
        <source>Ne&amp;xt meeting</source>
        <translation>Następne &amp;spotkanie</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <source>Date of the next meeting</source>
        <translation>Data następnego spotkania</translation>
    </message>
    <message>
        <source>&amp;Planned for</source>
        <translation>&amp;Planowane na</translation>
    </message>
    <message>
        <source>Next meeting planned</source>
        <translation>Zaplanowano następne spotkanie</translation>
    </message>
    <message>
        <source>&amp;Accessible location (no barriers)</source>
        <translation>Miejsce dos&amp;tępne (bez barier)</translation>
    </message>
    <message>
        <source>Accessible location</source>
        <translation>Miejsce dostępne</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>e.g. Gmina library, reading room</source>
        <translation>np. biblioteka gminna, czytelnia</translation>
    </message>
    <message>
        <source>Add a meeting</source>
        <translation>dodanie spotkania</translation>
    </message>
    <message>
        <source>Remove the meeting of {date} from the log?</source>
        <translation>Usunąć z rejestru spotkanie z dnia {date}?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Remove a meeting</source>
        <translation>usunięcie spotkania</translation>
    </message>
    <message>
        <source>Meeting of {date}</source>
        <translation>Spotkanie z dnia {date}</translation>
    </message>
    <message>
        <source>Change the meeting date</source>
        <translation>zmianę daty spotkania</translation>
    </message>
    <message>
        <source>Change the duration</source>
        <translation>zmianę czasu trwania</translation>
    </message>
    <message>
        <source>Change the meeting mode</source>
        <translation>zmianę formy spotkania</translation>
    </message>
    <message>
        <source>Edit the place</source>
        <translation>edycję miejsca</translation>
    </message>
    <message>
        <source>Change the accessible location</source>
        <translation>zmianę dostępności miejsca</translation>
    </message>
    <message>
        <source>Change the stages covered</source>
        <translation>zmianę omówionych etapów</translation>
    </message>
    <message>
        <source>Edit the notes</source>
        <translation>edycję notatek</translation>
    </message>
    <message>
        <source>Edit the homework</source>
        <translation>edycję zadania domowego</translation>
    </message>
    <message>
        <source>Change the next meeting</source>
        <translation>zmianę następnego spotkania</translation>
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
        <translation>np. 1998 lub 03.2010</translation>
    </message>
    <message>
        <source>A year (1998), a month (03.2010) or a day (14.03.2010); write “ok. 1998” when the person is not sure.</source>
        <translation>Rok (1998), miesiąc (03.2010) lub dzień (14.03.2010); gdy osoba nie jest pewna, wpisz „ok. 1998”.</translation>
    </message>
    <message>
        <source>This is not a date we can read. Write a year (1998), a month (03.2010) or a day (14.03.2010). Your text stays here but is not saved until it can be read.</source>
        <translation>Nie da się odczytać tej daty. Wpisz rok (1998), miesiąc (03.2010) lub dzień (14.03.2010). Wpisany tekst zostaje w polu, ale nie zostanie zapisany, dopóki nie da się go odczytać.</translation>
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
    <name>PlanPage</name>
    <message>
        <source>Compare the goal&apos;s requirements with the competences, agree the development areas, plan the steps with the participant and record the feedback.</source>
        <translation>Porównaj wymagania celu z kompetencjami, uzgodnij obszary rozwojowe, zaplanuj z uczestnikiem kolejne kroki i zapisz informację zwrotną.</translation>
    </message>
    <message>
        <source>&amp;Development areas</source>
        <translation>&amp;Obszary rozwojowe</translation>
    </message>
    <message>
        <source>&amp;Plan (IPR)</source>
        <translation>&amp;Plan (IPR)</translation>
    </message>
    <message>
        <source>&amp;Feedback</source>
        <translation>&amp;Informacja zwrotna</translation>
    </message>
    <message>
        <source>Parts of the development plan</source>
        <translation>Części planu rozwoju</translation>
    </message>
    <message>
        <source>Initial goal</source>
        <translation>Cel wstępny</translation>
    </message>
    <message>
        <source>Initial goal (read-only)</source>
        <translation>Cel wstępny (tylko do odczytu)</translation>
    </message>
    <message>
        <source>The initial goal stays as set in the introduction; refine it below.</source>
        <translation>Cel wstępny pozostaje taki, jak ustalono na początku; doprecyzuj go poniżej.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Voucher estimate</source>
        <translation>Szacunek bonów</translation>
    </message>
    <message>
        <source>&amp;Refined goal</source>
        <translation>&amp;Cel doprecyzowany</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;yp</translation>
    </message>
    <message>
        <source>Descr&amp;iption</source>
        <translation>Opi&amp;s</translation>
    </message>
    <message>
        <source>B&amp;UR category</source>
        <translation>Kategoria B&amp;UR</translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation>&amp;Kwalifikacja</translation>
    </message>
    <message>
        <source>Linked &amp;areas</source>
        <translation>Powiązane obsz&amp;ary</translation>
    </message>
    <message>
        <source>Dead&amp;line</source>
        <translation>Ter&amp;min</translation>
    </message>
    <message>
        <source>&amp;Owner</source>
        <translation>Odpo&amp;wiedzialny</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>S&amp;tan</translation>
    </message>
    <message>
        <source>Estimated cost (&amp;zł)</source>
        <translation>Koszt s&amp;zacunkowy (zł)</translation>
    </message>
    <message>
        <source>&amp;Vouchers</source>
        <translation>Bony (&amp;liczba)</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Zasady</translation>
    </message>
    <message>
        <source>Voucher category</source>
        <translation>Kategoria bonów</translation>
    </message>
    <message>
        <source>Form of training</source>
        <translation>Forma szkolenia</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Godziny</translation>
    </message>
    <message>
        <source>Price (zł)</source>
        <translation>Cena (zł)</translation>
    </message>
    <message>
        <source>Stre&amp;ngths</source>
        <translation>Mocne strony</translation>
    </message>
    <message>
        <source>Sectors and &amp;jobs that fit (one per line)</source>
        <translation>Pasujące branże i zawody (po jednym w wierszu)</translation>
    </message>
    <message>
        <source>F&amp;orm</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <source>&amp;Text of the feedback</source>
        <translation>&amp;Treść informacji zwrotnej</translation>
    </message>
    <message>
        <source>Training &amp;scope</source>
        <translation>&amp;Zakres szkoleń</translation>
    </message>
    <message>
        <source>Development areas the action addresses</source>
        <translation>Obszary rozwojowe, których dotyczy działanie</translation>
    </message>
    <message>
        <source>Deadline of the action</source>
        <translation>Termin działania</translation>
    </message>
    <message>
        <source>Voucher rules of the project</source>
        <translation>Zasady bonów w projekcie</translation>
    </message>
    <message>
        <source>Training hours</source>
        <translation>Liczba godzin szkolenia</translation>
    </message>
    <message>
        <source>Price of the training or exam in złoty</source>
        <translation>Cena szkolenia lub egzaminu w złotych</translation>
    </message>
    <message>
        <source>Strengths of the participant</source>
        <translation>Mocne strony uczestnika</translation>
    </message>
    <message>
        <source>Form of the feedback</source>
        <translation>Forma informacji zwrotnej</translation>
    </message>
    <message>
        <source>Ac&amp;tions</source>
        <translation>&amp;Działania</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Działania planu</translation>
    </message>
    <message>
        <source>Add a&amp;ction</source>
        <translation>Dodaj &amp;nowe działanie</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <source>Remove action…</source>
        <translation>Usuń działanie…</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Usuń wybrane działanie</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move the selected action up</source>
        <translation>Przesuń wybrane działanie w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Move the selected action down</source>
        <translation>Przesuń wybrane działanie w dół</translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>ZRK code, for a validation</source>
        <translation>Kod ZRK, przy walidacji</translation>
    </message>
    <message>
        <source>e.g. 1200,00</source>
        <translation>np. 1200,00</translation>
    </message>
    <message>
        <source>e.g. 600</source>
        <translation>np. 600</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Indywidualne</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupa</translation>
    </message>
    <message>
        <source>Co&amp;mpute</source>
        <translation>P&amp;rzelicz</translation>
    </message>
    <message>
        <source>Compute the vouchers from the rules</source>
        <translation>Oblicz bony według zasad</translation>
    </message>
    <message>
        <source>In Kierunek Kariera the training scope written in the feedback decides which BUR category the participant&apos;s vouchers can be used for.</source>
        <translation>W projekcie Kierunek Kariera zakres szkoleń wpisany w informacji zwrotnej decyduje, na którą kategorię BUR uczestnik może wykorzystać bony.</translation>
    </message>
    <message>
        <source>e.g. informatyka: arkusz kalkulacyjny</source>
        <translation>np. informatyka: arkusz kalkulacyjny</translation>
    </message>
    <message>
        <source>e.g. administracja biurowa</source>
        <translation>np. administracja biurowa</translation>
    </message>
    <message>
        <source>No action is selected. Add the first step with “Add action”.</source>
        <translation>Nie wybrano działania. Dodaj pierwszy krok przyciskiem „Dodaj działanie”.</translation>
    </message>
    <message>
        <source>Language training</source>
        <translation>Szkolenie językowe</translation>
    </message>
    <message>
        <source>IT / digital training</source>
        <translation>Szkolenie informatyczne / cyfrowe</translation>
    </message>
    <message>
        <source>Driving licence A1, A, A2, B1, B</source>
        <translation>Prawo jazdy A1, A, A2, B1, B</translation>
    </message>
    <message>
        <source>Other training (incl. C, C+E)</source>
        <translation>Inne szkolenie (w tym C, C+E)</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Egzamin</translation>
    </message>
    <message>
        <source>(no initial goal yet)</source>
        <translation>(brak celu wstępnego)</translation>
    </message>
    <message>
        <source>Conditions for entering validation: {text}</source>
        <translation>Warunki przystąpienia do walidacji: {text}</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <source>(no description yet)</source>
        <translation>(bez opisu)</translation>
    </message>
    <message>
        <source>(gap not described yet)</source>
        <translation>(luka jeszcze nieopisana)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>{id} (from {date})</source>
        <translation>{id} (od {date})</translation>
    </message>
    <message>
        <source>No voucher rules are configured for the project {project}; type the number of vouchers by hand.</source>
        <translation>Dla projektu {project} nie skonfigurowano zasad bonów; wpisz liczbę bonów ręcznie.</translation>
    </message>
    <message>
        <source>Ticked from the competences marked as strengths.</source>
        <translation>Zaznaczono kompetencje oznaczone jako mocne strony.</translation>
    </message>
    <message>
        <source>No competences yet: record them on the competences page.</source>
        <translation>Nie ma jeszcze kompetencji: zapisz je na stronie kompetencji.</translation>
    </message>
    <message>
        <source>Choose the form of the feedback first.</source>
        <translation>Najpierw wybierz formę informacji zwrotnej.</translation>
    </message>
    <message>
        <source>Every action needs a deadline; the last one is kept until you type another.</source>
        <translation>Każde działanie musi mieć termin; do czasu wpisania nowego zostaje poprzedni.</translation>
    </message>
    <message>
        <source>The plan uses {used} vouchers; the pool of one participant is {pool}.</source>
        <translation>Plan wykorzystuje {used} bonów; pula jednego uczestnika to {pool}.</translation>
    </message>
    <message>
        <source>Add an action to the plan</source>
        <translation>Dodanie działania do planu</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <source>Remove the action “{text}”?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunąć działanie „{text}”?

Cofnij (Ctrl+Z) przywróci działanie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Remove an action from the plan</source>
        <translation>Usunięcie działania z planu</translation>
    </message>
    <message>
        <source>Reorder the actions</source>
        <translation>Zmiana kolejności działań</translation>
    </message>
    <message>
        <source>The price is not an amount in złoty.</source>
        <translation>Cena nie jest kwotą w złotych.</translation>
    </message>
    <message>
        <source>These rules need the price (and the hours) of the service.</source>
        <translation>Te zasady wymagają ceny (i liczby godzin) usługi.</translation>
    </message>
    <message>
        <source>The rules cannot compute this; check the hours and the price.</source>
        <translation>Według tych zasad nie da się tego obliczyć; sprawdź godziny i cenę.</translation>
    </message>
    <message>
        <source>Compute the vouchers of an action</source>
        <translation>Obliczenie bonów działania</translation>
    </message>
    <message numerus="yes">
        <source>≈ %n voucher(s), worth {value} zł: estimate, rules of {date}.</source>
        <translation>
            <numerusform>≈ %n bon o wartości {value} zł: szacunkowo, reguły z {date}.</numerusform>
            <numerusform>≈ %n bony o wartości {value} zł: szacunkowo, reguły z {date}.</numerusform>
            <numerusform>≈ %n bonów o wartości {value} zł: szacunkowo, reguły z {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} zł is not covered by vouchers.</source>
        <translation>{amount} zł nie jest pokryte bonami.</translation>
    </message>
    <message>
        <source>The rules&apos; price limit applies.</source>
        <translation>Obowiązuje limit ceny z zasad.</translation>
    </message>
    <message>
        <source>Limited to the participant&apos;s pool.</source>
        <translation>Ograniczono do puli uczestnika.</translation>
    </message>
    <message>
        <source>Edit the refined goal</source>
        <translation>Edycja celu doprecyzowanego</translation>
    </message>
    <message>
        <source>Edit the matching sectors</source>
        <translation>Edycja pasujących branż</translation>
    </message>
    <message>
        <source>Mark a strength for the feedback</source>
        <translation>Oznaczenie mocnej strony do informacji zwrotnej</translation>
    </message>
    <message>
        <source>Unmark a strength</source>
        <translation>Odznaczenie mocnej strony</translation>
    </message>
    <message>
        <source>Change the type of an action</source>
        <translation>Zmiana typu działania</translation>
    </message>
    <message>
        <source>Edit the description of an action</source>
        <translation>Edycja opisu działania</translation>
    </message>
    <message>
        <source>Change the BUR category of an action</source>
        <translation>Zmiana kategorii BUR działania</translation>
    </message>
    <message>
        <source>Edit the qualification of an action</source>
        <translation>Edycja kwalifikacji działania</translation>
    </message>
    <message>
        <source>Link an area to an action</source>
        <translation>Powiązanie obszaru z działaniem</translation>
    </message>
    <message>
        <source>Unlink an area</source>
        <translation>Usunięcie powiązania z obszarem</translation>
    </message>
    <message>
        <source>Change the deadline of an action</source>
        <translation>Zmiana terminu działania</translation>
    </message>
    <message>
        <source>Change who is responsible for an action</source>
        <translation>Zmiana osoby odpowiedzialnej za działanie</translation>
    </message>
    <message>
        <source>Change the status of an action</source>
        <translation>Zmiana stanu działania</translation>
    </message>
    <message>
        <source>Write an amount in złoty, e.g. 1200 or 1200,50. The text is not saved until it can be read.</source>
        <translation>Wpisz kwotę w złotych, np. 1200 albo 1200,50. Tekst nie zostanie zapisany, dopóki nie będzie kwotą.</translation>
    </message>
    <message>
        <source>Edit the estimated cost of an action</source>
        <translation>Edycja kosztu szacunkowego działania</translation>
    </message>
    <message>
        <source>Edit the vouchers of an action</source>
        <translation>Edycja liczby bonów działania</translation>
    </message>
    <message>
        <source>Change the form of the feedback</source>
        <translation>Zmiana formy informacji zwrotnej</translation>
    </message>
    <message>
        <source>Edit the feedback</source>
        <translation>Edycja informacji zwrotnej</translation>
    </message>
    <message>
        <source>Edit the training scope</source>
        <translation>Edycja zakresu szkoleń</translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message>
        <source>Gather what shows that the participant has the competences: documents, photos of work, references. Link each item to the competences it supports and check the four criteria.</source>
        <translation>Zbierz to, co pokazuje, że uczestnik ma dane kompetencje: dokumenty, zdjęcia prac, referencje. Powiąż każdy dowód z kompetencjami, które potwierdza, i sprawdź cztery kryteria.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dowody</translation>
    </message>
    <message>
        <source>For validation</source>
        <translation>Do walidacji</translation>
    </message>
    <message>
        <source>Portfolio views</source>
        <translation>Widoki portfolio</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>&amp;Dowody</translation>
    </message>
    <message>
        <source>&amp;Add evidence</source>
        <translation>Dod&amp;aj dowód</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Dodaj dowód</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Remove the selected evidence</source>
        <translation>Usuń zaznaczony dowód</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>&amp;Rodzaj</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <source>&amp;What it shows</source>
        <translation>Co &amp;pokazuje</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;ta</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>&amp;Ważny do</translation>
    </message>
    <message>
        <source>Issuer or a&amp;uthor</source>
        <translation>Wystawca lub a&amp;utor</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Pliki</translation>
    </message>
    <message>
        <source>C&amp;onsent for copies</source>
        <translation>Z&amp;goda na kopie</translation>
    </message>
    <message>
        <source>Co-aut&amp;horship</source>
        <translation>Współa&amp;utorstwo</translation>
    </message>
    <message>
        <source>Relevant</source>
        <translation>Dobrany (adekwatny)</translation>
    </message>
    <message>
        <source>Authentic</source>
        <translation>Autentyczny</translation>
    </message>
    <message>
        <source>Sufficient</source>
        <translation>Wystarczający</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktualny</translation>
    </message>
    <message>
        <source>Vi&amp;sibility</source>
        <translation>Wi&amp;doczność</translation>
    </message>
    <message>
        <source>Co&amp;mpetences</source>
        <translation>&amp;Kompetencje</translation>
    </message>
    <message>
        <source>Files of the evidence</source>
        <translation>Pliki dowodu</translation>
    </message>
    <message>
        <source>Competences the evidence supports</source>
        <translation>Kompetencje potwierdzane dowodem</translation>
    </message>
    <message>
        <source>Relates to the chosen competences (for a qualification: shows its verification criteria are met).</source>
        <translation>Dotyczy wybranych kompetencji (przy kwalifikacji: pokazuje spełnienie kryteriów weryfikacji).</translation>
    </message>
    <message>
        <source>Made by, or about, the participant; co-produced work says which part is theirs.</source>
        <translation>Wykonany przez uczestnika lub go dotyczy; przy pracy wspólnej wskazuje jego część.</translation>
    </message>
    <message>
        <source>Covers the linked competences well enough to judge them.</source>
        <translation>Obejmuje powiązane kompetencje na tyle, by można je ocenić.</translation>
    </message>
    <message>
        <source>Shows current ability; recent where possible.</source>
        <translation>Pokazuje obecne umiejętności; w miarę możliwości niedawny.</translation>
    </message>
    <message>
        <source>Criterion: {name}</source>
        <translation>Kryterium: {name}</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.RRRR</translation>
    </message>
    <message>
        <source>Original only &amp;shown (no copy kept)</source>
        <translation>Oryginał tylko &amp;okazany (bez kopii)</translation>
    </message>
    <message>
        <source>Original only shown, no copy kept</source>
        <translation>Oryginał tylko okazany, bez kopii</translation>
    </message>
    <message>
        <source>Add &amp;file…</source>
        <translation>Dodaj p&amp;lik…</translation>
    </message>
    <message>
        <source>Add a file to the evidence</source>
        <translation>Dodaj plik do dowodu</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Open the selected file</source>
        <translation>Otwórz zaznaczony plik</translation>
    </message>
    <message>
        <source>Remove fi&amp;le</source>
        <translation>Usuń pli&amp;k</translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation>Usuń zaznaczony plik</translation>
    </message>
    <message>
        <source>If made with others: which part is the participant&apos;s</source>
        <translation>Jeśli powstał z innymi: która część jest uczestnika</translation>
    </message>
    <message>
        <source>No evidence is selected. Add one with “Add evidence”.</source>
        <translation>Nie wybrano dowodu. Dodaj go przyciskiem „Dodaj dowód”.</translation>
    </message>
    <message>
        <source>Learning outcome</source>
        <translation>Efekt uczenia się</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Learning outcomes of the target qualification</source>
        <translation>Efekty uczenia się kwalifikacji docelowej</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>nieważny</translation>
    </message>
    <message>
        <source>expires soon</source>
        <translation>wkrótce traci ważność</translation>
    </message>
    <message>
        <source>no consent for copies</source>
        <translation>brak zgody na kopie</translation>
    </message>
    <message>
        <source>consent withdrawn</source>
        <translation>zgoda wycofana</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(jeszcze bez tytułu)</translation>
    </message>
    <message numerus="yes">
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n kompetencja</numerusform>
            <numerusform>%n kompetencje</numerusform>
            <numerusform>%n kompetencji</numerusform>
        </translation>
    </message>
    <message>
        <source>(no consent linked)</source>
        <translation>(nie powiązano zgody)</translation>
    </message>
    <message>
        <source>{consent} (withdrawn)</source>
        <translation>{consent} (wycofana)</translation>
    </message>
    <message>
        <source>{file}: file unavailable</source>
        <translation>{file}: plik niedostępny</translation>
    </message>
    <message>
        <source>(competence without a statement)</source>
        <translation>(kompetencja bez opisu)</translation>
    </message>
    <message>
        <source>The original was only shown to the advisor: no copy is kept.</source>
        <translation>Oryginał został tylko okazany doradcy: kopia nie jest przechowywana.</translation>
    </message>
    <message>
        <source>Files cannot be attached in this window.</source>
        <translation>W tym oknie nie można dołączać plików.</translation>
    </message>
    <message>
        <source>A file marked unavailable was imported without its content; import the balance from an export with files to see it.</source>
        <translation>Plik oznaczony jako niedostępny zaimportowano bez zawartości; aby go zobaczyć, zaimportuj bilans z eksportu z plikami.</translation>
    </message>
    <message>
        <source>{glyph} Expired on {date}: it may no longer show current ability (criterion “current”).</source>
        <translation>{glyph} Stracił ważność {date}: może już nie pokazywać obecnych umiejętności (kryterium „aktualny”).</translation>
    </message>
    <message>
        <source>{glyph} Expires on {date}, within 6 months: plan its renewal (criterion “current”).</source>
        <translation>{glyph} Traci ważność {date}, w ciągu 6 miesięcy: zaplanuj odnowienie (kryterium „aktualny”).</translation>
    </message>
    <message>
        <source>{glyph} Stored copies need the participant&apos;s consent: link it here, or record it first in the introduction.</source>
        <translation>{glyph} Przechowywane kopie wymagają zgody uczestnika: powiąż ją tutaj albo najpierw zapisz ją we wprowadzeniu.</translation>
    </message>
    <message>
        <source>{glyph} The linked consent was withdrawn: remove the files or link another consent.</source>
        <translation>{glyph} Powiązaną zgodę wycofano: usuń pliki albo powiąż inną zgodę.</translation>
    </message>
    <message>
        <source>Photos and films of people need a consent (for images of other people too) once files are attached.</source>
        <translation>Zdjęcia i filmy z osobami wymagają zgody (także na wizerunek innych osób), gdy dołączysz pliki.</translation>
    </message>
    <message>
        <source>The balance has no target qualification. Choose one in the gap analysis of the development plan to see its learning outcomes here.</source>
        <translation>Bilans nie ma kwalifikacji docelowej. Wybierz ją w analizie luk planu rozwoju, aby zobaczyć tu jej efekty uczenia się.</translation>
    </message>
    <message>
        <source>The learning outcomes of the qualification {ref} are not in the catalogue of this computer.</source>
        <translation>Efektów uczenia się kwalifikacji {ref} nie ma w katalogu na tym komputerze.</translation>
    </message>
    <message>
        <source>Learning outcomes of {ref}: none (no competence), declared (competences without evidence) or evidence.</source>
        <translation>Efekty uczenia się {ref}: brak (żadnej kompetencji), deklaracja (kompetencje bez dowodu) albo dowód.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>deklaracja</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>dowód</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>Usuń dowód</translation>
    </message>
    <message>
        <source>Remove the evidence “{title}” and its files?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Usunąć dowód „{title}” razem z plikami?

Cofnij (Ctrl+Z) go przywróci.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zostaw</translation>
    </message>
    <message>
        <source>Adding a file…</source>
        <translation>Dodawanie pliku…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>Dodaj plik</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>obraz JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>obraz PNG</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokument PDF</translation>
    </message>
    <message>
        <source>“{name}” is larger than {limit} MB. Reduce the photo&apos;s resolution or scan fewer pages per file.</source>
        <translation>Plik „{name}” jest większy niż {limit} MB. Zmniejsz rozdzielczość zdjęcia albo skanuj mniej stron do jednego pliku.</translation>
    </message>
    <message>
        <source>“{name}” is empty.</source>
        <translation>Plik „{name}” jest pusty.</translation>
    </message>
    <message>
        <source>“{name}” is not a JPEG or PNG image or a PDF document, so it cannot be attached.</source>
        <translation>Plik „{name}” nie jest obrazem JPEG ani PNG ani dokumentem PDF, więc nie można go dołączyć.</translation>
    </message>
    <message>
        <source>“{name}” is named like {expected} but its content is not: the file is mislabelled. Save it again in the right format.</source>
        <translation>Nazwa pliku „{name}” wskazuje na {expected}, ale jego zawartość nim nie jest: plik ma błędne rozszerzenie. Zapisz go ponownie we właściwym formacie.</translation>
    </message>
    <message>
        <source>“{name}” is named like {expected} but holds {actual}: the file is mislabelled. Rename it to match its content.</source>
        <translation>Nazwa pliku „{name}” wskazuje na {expected}, ale plik zawiera {actual}: ma błędne rozszerzenie. Zmień nazwę zgodnie z zawartością.</translation>
    </message>
    <message>
        <source>“{name}” is damaged or incomplete. Copy it again from the camera, phone or scanner.</source>
        <translation>Plik „{name}” jest uszkodzony lub niekompletny. Skopiuj go ponownie z aparatu, telefonu lub skanera.</translation>
    </message>
    <message>
        <source>“{name}” cannot be read. Check that it exists and is yours.</source>
        <translation>Nie można odczytać pliku „{name}”. Sprawdź, czy istnieje i czy masz do niego dostęp.</translation>
    </message>
    <message>
        <source>Remove a file</source>
        <translation>Usuń plik</translation>
    </message>
    <message>
        <source>Link a competence</source>
        <translation>Powiąż kompetencję</translation>
    </message>
    <message>
        <source>Change the type of evidence</source>
        <translation>Zmień rodzaj dowodu</translation>
    </message>
    <message>
        <source>Edit the title of evidence</source>
        <translation>Zmień tytuł dowodu</translation>
    </message>
    <message>
        <source>Edit what the evidence shows</source>
        <translation>Zmień opis dowodu</translation>
    </message>
    <message>
        <source>Edit the issuer of evidence</source>
        <translation>Zmień wystawcę dowodu</translation>
    </message>
    <message>
        <source>Edit the co-authorship of evidence</source>
        <translation>Zmień opis współautorstwa</translation>
    </message>
    <message>
        <source>Type the date as DD.MM.YYYY, e.g. 31.03.2026.</source>
        <translation>Wpisz datę jako DD.MM.RRRR, np. 31.03.2026.</translation>
    </message>
    <message>
        <source>Edit the date of evidence</source>
        <translation>Zmień datę dowodu</translation>
    </message>
    <message>
        <source>Edit the validity of evidence</source>
        <translation>Zmień datę ważności dowodu</translation>
    </message>
    <message>
        <source>Mark an original as only shown</source>
        <translation>Oznacz oryginał jako tylko okazany</translation>
    </message>
    <message>
        <source>Link a consent</source>
        <translation>Powiąż zgodę</translation>
    </message>
    <message>
        <source>Assess an evidence criterion</source>
        <translation>Oceń kryterium dowodu</translation>
    </message>
    <message>
        <source>Change where evidence appears</source>
        <translation>Zmień widoczność dowodu</translation>
    </message>
    <message>
        <source>Unlink a competence</source>
        <translation>Odłącz kompetencję</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Save as PDF</source>
        <extracomment>Box the preview page is scaled into (pixels; about an A4 page at 72 dpi × 1.2).</extracomment>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Replaced: {text} → {replacement}</source>
        <translation>Zastąpiono: {text} → {replacement}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <source>Summary for the participant</source>
        <translation>Podsumowanie dla uczestnika</translation>
    </message>
    <message>
        <source>Easy-to-read summary</source>
        <translation>Podsumowanie w tekście łatwym do czytania</translation>
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
        <source>Agreement and consents</source>
        <translation>Umowa i zgody</translation>
    </message>
    <message>
        <source>Confirmation of resignation</source>
        <translation>Potwierdzenie rezygnacji</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Dokument:</translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation>Dokument do wydruku</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>Duży d&amp;ruk</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <source>&amp;Render</source>
        <translation>&amp;Przygotuj</translation>
    </message>
    <message>
        <source>Render the document</source>
        <translation>Przygotuj dokument</translation>
    </message>
    <message>
        <source>Language &amp;check:</source>
        <translation>&amp;Sprawdzenie języka:</translation>
    </message>
    <message>
        <source>Language check findings</source>
        <translation>Uwagi ze sprawdzenia języka</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Podgląd strony</translation>
    </message>
    <message>
        <source>P&amp;revious page</source>
        <translation>Poprz&amp;ednia strona</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Następna strona</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ukuj…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Drukuj dokument</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>Zapisz dokument jako PDF</translation>
    </message>
    <message>
        <source>&amp;Open in viewer…</source>
        <translation>&amp;Otwórz w przeglądarce…</translation>
    </message>
    <message>
        <source>Save and open the document in the PDF viewer</source>
        <translation>Zapisz i otwórz dokument w przeglądarce PDF</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <source>Close the print dialog</source>
        <translation>Zamknij okno drukowania</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Strona {page} z {count}</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Brak podglądu</translation>
    </message>
    <message>
        <source>Rendering the document…</source>
        <translation>Przygotowywanie dokumentu…</translation>
    </message>
    <message>
        <source>Reading the evidence files…</source>
        <translation>Odczytywanie plików dowodów…</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>Nie udało się przygotować dokumentu.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Wysłano do drukarki.</translation>
    </message>
    <message>
        <source>Could not save {path}: {error}</source>
        <translation>Nie udało się zapisać {path}: {error}</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Zapisano w {path}.</translation>
    </message>
    <message>
        <source>No PDF viewer could open {path}.</source>
        <translation>Żadna przeglądarka PDF nie otworzyła {path}.</translation>
    </message>
</context>
<context>
    <name>PrivacyActions</name>
    <message>
        <source>Export all data of the participant</source>
        <translation>Eksport wszystkich danych uczestnika</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archiwum zip (*.zip)</translation>
    </message>
    <message>
        <source>Hand the case over</source>
        <translation>Przekaż sprawę</translation>
    </message>
    <message>
        <source>The handover to {advisor} is recorded in the balance&apos;s history.</source>
        <translation>Przekazanie doradcy {advisor} zapisano w historii bilansu.</translation>
    </message>
    <message>
        <source>Exporting the participant&apos;s data…</source>
        <translation>Eksportowanie danych uczestnika…</translation>
    </message>
</context>
<context>
    <name>ProfilePickerDialog</name>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
    <message>
        <source>Enter the advisor&apos;s name.</source>
        <translation>Wpisz imię i nazwisko doradcy.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>Hasło musi mieć co najmniej %n znak.</numerusform>
            <numerusform>Hasło musi mieć co najmniej %n znaki.</numerusform>
            <numerusform>Hasło musi mieć co najmniej %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Imię i nazwisko jest za długie.</translation>
    </message>
    <message>
        <source>Choose your profile</source>
        <translation>Wybierz swój profil</translation>
    </message>
    <message>
        <source>Who is working on this computer?</source>
        <translation>Kto pracuje na tym komputerze?</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>&amp;Profile</translation>
    </message>
    <message>
        <source>&amp;Open profile</source>
        <translation>&amp;Otwórz profil</translation>
    </message>
    <message>
        <source>Open the selected profile</source>
        <translation>Otwórz wybrany profil</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nowy profil</translation>
    </message>
    <message>
        <source>Advisor&apos;s &amp;name</source>
        <translation>&amp;Imię i nazwisko doradcy</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase</source>
        <translation>&amp;Hasło odzyskiwania</translation>
    </message>
    <message>
        <source>&amp;Repeat the passphrase</source>
        <translation>Po&amp;wtórz hasło</translation>
    </message>
    <message>
        <source>Each advisor has a profile of their own: its data is encrypted with its own key and other profiles cannot read it. Keep the recovery passphrase safe: it opens the profile if the system keyring loses its key.</source>
        <translation>Każdy doradca ma własny profil: jego dane są zaszyfrowane własnym kluczem i inne profile nie mogą ich odczytać. Przechowuj hasło odzyskiwania w bezpiecznym miejscu: otwiera ono profil, gdy systemowy pęk kluczy utraci klucz.</translation>
    </message>
    <message>
        <source>&amp;Create profile</source>
        <translation>&amp;Utwórz profil</translation>
    </message>
    <message>
        <source>Create the new profile</source>
        <translation>Utwórz nowy profil</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>PromptPanel</name>
    <message>
        <source>Interview prompts</source>
        <translation>Pytania do wywiadu</translation>
    </message>
    <message>
        <source>Show or hide the questions you may ask ({shortcut})</source>
        <translation>Pokaż lub ukryj pytania, które możesz zadać ({shortcut})</translation>
    </message>
    <message>
        <source>No prompts for this part of the interview.</source>
        <translation>Brak pytań do tej części wywiadu.</translation>
    </message>
</context>
<context>
    <name>ResumeBanner</name>
    <message>
        <source>Episode {number}</source>
        <translation>Epizod {number}</translation>
    </message>
    <message>
        <source>Experience {number}</source>
        <translation>Doświadczenie {number}</translation>
    </message>
    <message>
        <source>Competence {number}</source>
        <translation>Kompetencja {number}</translation>
    </message>
    <message>
        <source>Meeting {number}</source>
        <translation>Spotkanie {number}</translation>
    </message>
    <message>
        <source>Evidence {number}</source>
        <translation>Dowód {number}</translation>
    </message>
    <message>
        <source> (+{count})</source>
        <translation> (+{count})</translation>
    </message>
    <message>
        <source>Resume ({stage}): {what}</source>
        <translation>Wznów ({stage}): {what}</translation>
    </message>
    <message>
        <source>{item} – missing: {fields}</source>
        <translation>{item} – brakuje: {fields}</translation>
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
        <source>&amp;Lock after idle minutes</source>
        <translation>&amp;Blokuj po tylu minutach bezczynności</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>After this many minutes without use the window locks (Ctrl+L locks now).</source>
        <translation>Po tylu minutach bez używania okno się zablokuje (Ctrl+L blokuje od razu).</translation>
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
        <translation>Nierozpoczęty</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Ukończony</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Wymaga poprawek</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Finish rules</source>
        <translation>Warunki zakończenia</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Zakończenie bilansu</translation>
    </message>
    <message>
        <source>Finishing freezes the balance as it is and queues it for sending to the server; it cannot be edited afterwards. A correction is made in a new revision, which keeps the finished one unchanged.</source>
        <translation>Zakończenie zamraża bilans w obecnej postaci i kolejkuje go do wysłania na serwer; potem nie można go już edytować. Poprawki wprowadza się w nowej wersji, a zakończona wersja pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>&amp;Finish balance</source>
        <translation>&amp;Zakończ bilans</translation>
    </message>
    <message>
        <source>Finish the balance</source>
        <translation>Zakończ bilans</translation>
    </message>
    <message>
        <source>&amp;Revise</source>
        <translation>&amp;Popraw</translation>
    </message>
    <message>
        <source>Revise: start a new draft revision of the finished balance</source>
        <translation>Popraw: rozpocznij nową wersję roboczą zakończonego bilansu</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Wycofaj…</translation>
    </message>
    <message>
        <source>Withdraw the balance: the participant resigns</source>
        <translation>Wycofaj bilans: uczestnik rezygnuje</translation>
    </message>
    <message>
        <source>Every finish rule is met.</source>
        <translation>Wszystkie warunki zakończenia są spełnione.</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) not met yet. Go to each field to complete it:</source>
        <translation>
            <numerusform>%n warunek nie jest jeszcze spełniony. Przejdź do pola, aby go uzupełnić:</numerusform>
            <numerusform>%n warunki nie są jeszcze spełnione. Przejdź do każdego pola, aby je uzupełnić:</numerusform>
            <numerusform>%n warunków nie jest jeszcze spełnionych. Przejdź do każdego pola, aby je uzupełnić:</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>Przejdź do pola</translation>
    </message>
    <message>
        <source>Go to field: {stage} – {rule}</source>
        <translation>Przejdź do pola: {stage} – {rule}</translation>
    </message>
    <message>
        <source>Finished on {when}. The balance is read-only.</source>
        <translation>Zakończony {when}. Bilans jest tylko do odczytu.</translation>
    </message>
    <message>
        <source>Revision {revision}</source>
        <translation>Wersja {revision}</translation>
    </message>
    <message>
        <source>Revision {revision} · SHA-256 {sha}…</source>
        <translation>Wersja {revision} · SHA-256 {sha}…</translation>
    </message>
    <message>
        <source>SHA-256 of the frozen document: {sha}</source>
        <translation>SHA-256 zamrożonego dokumentu: {sha}</translation>
    </message>
    <message>
        <source>Withdrawn on {when}. Reason: {reason}</source>
        <translation>Wycofany {when}. Powód: {reason}</translation>
    </message>
    <message>
        <source>Draft: not finished yet.</source>
        <translation>Wersja robocza: bilans nie jest jeszcze zakończony.</translation>
    </message>
    <message>
        <source>Draft revision {revision}, correcting revision {base}</source>
        <translation>Wersja robocza {revision}, poprawiająca wersję {base}</translation>
    </message>
    <message>
        <source>Finish the balance of {name}? It is frozen as it is now and queued for sending; afterwards it can only be corrected in a new revision.</source>
        <translation>Zakończyć bilans: {name}? Zostanie zamrożony w obecnej postaci i zakolejkowany do wysłania; później można go poprawić tylko w nowej wersji.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Revise the balance</source>
        <translation>Popraw bilans</translation>
    </message>
    <message>
        <source>Start a new draft revision? The finished revision stays unchanged; the new one has to be finished again.</source>
        <translation>Rozpocząć nową wersję roboczą? Zakończona wersja pozostanie bez zmian; nową trzeba będzie ponownie zakończyć.</translation>
    </message>
    <message>
        <source>Start a new revision</source>
        <translation>Rozpocznij nową wersję</translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>Czeka na wysłanie</translation>
    </message>
    <message>
        <source>Waiting for sign-in</source>
        <translation>Czeka na logowanie</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłany</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzony</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Odrzucony</translation>
    </message>
    <message>
        <source>Only on this laptop</source>
        <translation>Tylko na tym laptopie</translation>
    </message>
    <message>
        <source>Being edited on this laptop; it is sent when the balance is finished.</source>
        <translation>Edytowany na tym laptopie; zostanie wysłany po zakończeniu bilansu.</translation>
    </message>
    <message>
        <source>Finished and saved on this laptop; it is sent at the next sync.</source>
        <translation>Zakończony i zapisany na tym laptopie; zostanie wysłany przy następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Saved on this laptop; it is sent after you sign in to the sync server.</source>
        <translation>Zapisany na tym laptopie; zostanie wysłany po zalogowaniu do serwera synchronizacji.</translation>
    </message>
    <message>
        <source>Stored on the server.</source>
        <translation>Zapisany na serwerze.</translation>
    </message>
    <message>
        <source>Stored on the server and confirmed by it.</source>
        <translation>Zapisany na serwerze i przez niego potwierdzony.</translation>
    </message>
    <message>
        <source>The server has a newer version of this balance. Open Sync › Conflicts to compare both and create a new revision.</source>
        <translation>Serwer ma nowszą wersję tego bilansu. Otwórz Synchronizacja › Konflikty, aby porównać obie wersje i utworzyć nową.</translation>
    </message>
    <message>
        <source>The server refused this revision. It is kept on this laptop; see Sync › Conflicts for the reason.</source>
        <translation>Serwer odrzucił tę wersję. Pozostaje na tym laptopie; powód znajdziesz w Synchronizacja › Konflikty.</translation>
    </message>
    <message>
        <source>Finished before syncing was set up, or imported: it is not queued for the server. Start a new revision and finish it to send it.</source>
        <translation>Zakończony przed skonfigurowaniem synchronizacji albo zaimportowany: nie czeka na wysłanie. Aby go wysłać, utwórz nową wersję i zakończ ją.</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronizacja…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Synchronisation status</source>
        <translation>Stan synchronizacji</translation>
    </message>
    <message>
        <source>Synchronisation progress</source>
        <translation>Postęp synchronizacji</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Zaloguj…</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Zaloguj się do serwera synchronizacji</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sync: reading the status…</source>
        <translation>Synchronizacja: odczyt stanu…</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n w kolejce</numerusform>
            <numerusform>%n w kolejce</numerusform>
            <numerusform>%n w kolejce</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Sync: not signed in</source>
        <translation>Synchronizacja: nie zalogowano</translation>
    </message>
    <message>
        <source>Sync stopped: update the application</source>
        <translation>Synchronizacja wstrzymana: zaktualizuj aplikację</translation>
    </message>
    <message>
        <source>Sync: sign in again</source>
        <translation>Synchronizacja: zaloguj się ponownie</translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <translation>Synchronizacja wymaga uwagi</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Jeszcze nie zsynchronizowano</translation>
    </message>
    <message>
        <source>Synced at {time}</source>
        <translation>Zsynchronizowano: {time}</translation>
    </message>
    <message>
        <source>The sync server has a problem</source>
        <translation>Serwer synchronizacji ma problem</translation>
    </message>
    <message>
        <source>Offline: the server cannot be reached</source>
        <translation>Brak połączenia z serwerem</translation>
    </message>
    <message>
        <source>{problem}, next try at {time}</source>
        <translation>{problem}, kolejna próba o {time}</translation>
    </message>
    <message>
        <source>Server: {url}</source>
        <translation>Serwer: {url}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Użytkownik: {name}</translation>
    </message>
    <message>
        <source>Last complete sync: {time}</source>
        <translation>Ostatnia pełna synchronizacja: {time}</translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Czeka na wysłanie: %n</numerusform>
            <numerusform>Czeka na wysłanie: %n</numerusform>
            <numerusform>Czeka na wysłanie: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Last problem: {problem}</source>
        <translation>Ostatni problem: {problem}</translation>
    </message>
    <message>
        <source>Work continues offline; everything waits on this laptop until you sign in.</source>
        <translation>Możesz dalej pracować bez sieci; wszystko czeka na tym laptopie, aż się zalogujesz.</translation>
    </message>
    <message>
        <source>The server needs a newer version of Bilans. Nothing is lost meanwhile.</source>
        <translation>Serwer wymaga nowszej wersji programu Bilans. Do tego czasu nic nie zostanie utracone.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problemy</numerusform>
            <numerusform>%n problemów</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts and rejected items: open the list to resolve them</source>
        <translation>Konflikty i odrzucone pozycje: otwórz listę, aby je rozwiązać</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Clock differs from the server by {amount}</source>
        <translation>Zegar różni się od serwera o {amount}</translation>
    </message>
    <message>
        <source>Set this computer&apos;s date and time. Syncing continues; the server records its own time.</source>
        <translation>Ustaw datę i godzinę tego komputera. Synchronizacja działa dalej; serwer zapisuje własny czas.</translation>
    </message>
    <message>
        <source>Sent {done} of {total}</source>
        <translation>Wysłano {done} z {total}</translation>
    </message>
</context>
<context>
    <name>SyncUi</name>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronizacja</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Send finished balances and fetch changes from the server</source>
        <translation>Wyślij zakończone bilanse i pobierz zmiany z serwera</translation>
    </message>
    <message>
        <source>&amp;Conflicts and rejected items…</source>
        <translation>&amp;Konflikty i odrzucone pozycje…</translation>
    </message>
    <message>
        <source>Compare conflicting versions and see what the server refused</source>
        <translation>Porównaj wersje w konflikcie i zobacz, co serwer odrzucił</translation>
    </message>
    <message>
        <source>Sign in &amp;again…</source>
        <translation>Zaloguj się &amp;ponownie…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>Za&amp;loguj się…</translation>
    </message>
    <message>
        <source>Sign in to the sync server</source>
        <translation>Zaloguj się do serwera synchronizacji</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj się</translation>
    </message>
    <message>
        <source>Sign out of the sync server; unsent data stays on this laptop</source>
        <translation>Wyloguj się z serwera synchronizacji; niewysłane dane pozostają na tym laptopie</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Sign out of the sync server? Nothing is deleted: balances not sent yet stay on this laptop and are sent after the next sign-in.</source>
        <translation>Wylogować się z serwera synchronizacji? Nic nie zostanie usunięte: niewysłane bilanse pozostaną na tym laptopie i zostaną wysłane po następnym zalogowaniu.</translation>
    </message>
    <message>
        <source>Stay signed in</source>
        <translation>Nie wylogowuj</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Wylogowywanie…</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <source>You are signed out of the sync server. Everything stays on this laptop; unsent balances are sent after you sign in again.</source>
        <translation>Wylogowano z serwera synchronizacji. Wszystko pozostaje na tym laptopie; niewysłane bilanse zostaną wysłane po ponownym zalogowaniu.</translation>
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
<context>
    <name>Thumbnails</name>
    <message>
        <source>Attach files to the evidence</source>
        <extracomment>Longest side of a thumbnail in the file list (pixels).</extracomment>
        <translation>Dołącz pliki do dowodu</translation>
    </message>
    <message>
        <source>Photos and scans (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>Zdjęcia i skany (*.jpg *.jpeg *.png *.pdf);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the balance</source>
        <extracomment>Hex digits of the SHA-256 shown on the page (the full hash is in the tooltip).</extracomment>
        <translation>Wycofaj bilans</translation>
    </message>
    <message>
        <source>The participant resigns from the balance. Consents to optional processing are withdrawn, and photos, files and content beyond what the project must keep by law are deleted for good. The balance becomes read-only.</source>
        <translation>Uczestnik rezygnuje z bilansu. Zgody na przetwarzanie nieobowiązkowe zostaną wycofane, a zdjęcia, pliki i treści wykraczające poza to, co projekt musi przechowywać z mocy prawa, zostaną trwale usunięte. Bilans stanie się tylko do odczytu.</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}: {text}</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Wycofaj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
</TS>
