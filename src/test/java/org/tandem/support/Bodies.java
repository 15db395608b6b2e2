package org.tandem.support;

import static org.tandem.support.Api.json;

import java.time.LocalDate;

/** Request bodies several API tests send, written once. */
public final class Bodies {

    private Bodies() {
    }

    /** A SMART output goal — support satisfaction from 40 to 80 points — due on {@code dueOn}. */
    public static String goal(String title, LocalDate dueOn) {
        return json("{'title':'%s','statement':'Raise the support team satisfaction score by running weekly reviews of closed tickets',"
                + "'kind':'OUTPUT','indicator':{'name':'Satisfaction score','unit':'points','baseline':40,'target':80,'direction':'INCREASE'},"
                + "'attainability':'Two hours a week are reserved for the reviews','relevance':'Support quality objective this year',"
                + "'dueOn':'%s'}", title, dueOn);
    }
}
