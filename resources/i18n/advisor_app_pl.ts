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
    <name>BoundedLineEdit</name>
    <message>
        <source>The text was too long and was cut to {limit} characters.</source>
        <translation>Tekst był za długi i został skrócony do {limit} znaków.</translation>
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
