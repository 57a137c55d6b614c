package org.promisetracker.command.rules;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.promisetracker.api.rules.CommandRejected;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Makes Axon's own "no such aggregate" a {@link CommandRejected}, on the node that handles the
 * command. Only a refusal with its {@code Rejection} as details crosses Axon Server intact: Axon's
 * exception arrives on the web node as a bare {@code CommandExecutionException} (AXONIQ-4005), which
 * would answer 500 instead of 404.
 */
@Component
class Refusals implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Autowired
    void register(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (AggregateNotFoundException e) {
            throw CommandRejected.notFound("Nothing is recorded under id " + e.getAggregateIdentifier() + ".");
        }
    }
}
