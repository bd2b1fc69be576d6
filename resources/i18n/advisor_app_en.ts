<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AreasEditor</name>
    <message numerus="yes">
        <source>%n requirement(s) not covered yet.</source>
        <translation>
            <numerusform>%n requirement not covered yet.</numerusform>
            <numerusform>%n requirements not covered yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) added.</source>
        <translation>
            <numerusform>%n area added.</numerusform>
            <numerusform>%n areas added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BalanceView</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BehaviouralPage</name>
    <message numerus="yes">
        <source>%n stories</source>
        <translation>
            <numerusform>%n story</numerusform>
            <numerusform>%n stories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BiographyPage</name>
    <message numerus="yes">
        <source>Its %n STAR stories of the behavioural interview are removed too.</source>
        <translation>
            <numerusform>Its %n STAR story of the behavioural interview is removed too.</numerusform>
            <numerusform>Its %n STAR stories of the behavioural interview are removed too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenceSearch</name>
    <message numerus="yes">
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencesPage</name>
    <message numerus="yes">
        <source>Draft: %n STAR part(s) missing</source>
        <translation>
            <numerusform>Draft: %n STAR part missing</numerusform>
            <numerusform>Draft: %n STAR parts missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>&amp;Balances (%n)</source>
        <translation>
            <numerusform>&amp;Balances (%n)</numerusform>
            <numerusform>&amp;Balances (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Participant data (%n)</source>
        <translation>
            <numerusform>&amp;Participant data (%n)</numerusform>
            <numerusform>&amp;Participant data (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re&amp;jected (%n)</source>
        <translation>
            <numerusform>Re&amp;jected (%n)</numerusform>
            <numerusform>Re&amp;jected (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) between the two versions.</source>
        <translation>
            <numerusform>%n difference between the two versions.</numerusform>
            <numerusform>%n differences between the two versions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>≈ %n voucher(s), worth {value} zł: estimate, rules of {date}.</source>
        <translation>
            <numerusform>≈ %n voucher, worth {value} zł: estimate, rules of {date}.</numerusform>
            <numerusform>≈ %n vouchers, worth {value} zł: estimate, rules of {date}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PortfolioPage</name>
    <message numerus="yes">
        <source>%n competence(s)</source>
        <translation>
            <numerusform>%n competence</numerusform>
            <numerusform>%n competences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilePickerDialog</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <source>%n rule(s) not met yet. Go to each field to complete it:</source>
        <translation>
            <numerusform>%n rule not met yet. Go to each field to complete it:</numerusform>
            <numerusform>%n rules not met yet. Go to each field to complete it:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>Waiting to be sent: %n</numerusform>
            <numerusform>Waiting to be sent: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
